"""Officials: the founding article, the patterns news uses, and hand labels on real articles."""

from __future__ import annotations

import csv
import json
import re
import sys
from functools import cache
from pathlib import Path

import pytest

from conftest import corpus_file
from index.article import Official
from index.officials import extract_officials
from index.readers import clean_body

LABELS = Path(__file__).parent / "fixtures" / "officials_labels.json"


def officials_in(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials(title, text)]


def test_founding_article():
    text = corpus_file("seed/wartasenja-asn-kalteng.txt").read_text("utf-8")
    body = text[text.index("PALANGKA RAYA —"):text.index("(red1)") + len("(red1)")]
    title = "ASN Dituntut Tingkatkan Kompetensi untuk Dorong Laju Pembangunan Daerah"
    assert extract_officials(title, body) == [
        Official("Edy Pratowo", "Wakil Gubernur Kalimantan Tengah"),
        Official("Nunu Andriani", "Kepala BPSDM Provinsi Kalimantan Tengah"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hal itu disampaikan Wakil Gubernur (Wagub) Kalteng, Edy Pratowo, saat membuka rapat.",
         [("Edy Pratowo", "Wakil Gubernur Kalimantan Tengah")]),
        ("Gubernur Jawa Tengah Ganjar Pranowo meninjau pasar.",
         [("Ganjar Pranowo", "Gubernur Jawa Tengah")]),
        ("Bupati Katingan Saiful mengatakan jalan itu rusak.", [("Saiful", "Bupati Katingan")]),
        ("Menteri Dalam Negeri (Mendagri) Tito Karnavian hadir.",
         [("Tito Karnavian", "Menteri Dalam Negeri")]),
        ("Mendagri Tito Karnavian hadir.", [("Tito Karnavian", "Menteri Dalam Negeri")]),
        ("Kapolres Kotim AKBP Sarpani memimpin apel.",
         [("Sarpani", "Kepala Kepolisian Resor Kotawaringin Timur")]),
        ("Sekda Provinsi NTB, H. Lalu Gita Ariadi, M.Si, membuka acara.",
         [("Lalu Gita Ariadi", "Sekretaris Daerah Provinsi Nusa Tenggara Barat")]),
        ("Ketua DPRD Kota Palangka Raya Subandi menerima tamu.",
         [("Subandi", "Ketua DPRD Kota Palangka Raya")]),
        ("Presiden Prabowo Subianto meresmikan jembatan.", [("Prabowo Subianto", "Presiden")]),
        ("\"Kami siap,\" kata Kepala Dinas Kesehatan Kalteng Suyuti Syamsul.",
         [("Suyuti Syamsul", "Kepala Dinas Kesehatan Kalimantan Tengah")]),
        ("Plt Kepala BPBD Kotim Ahmad Yani meninjau banjir.",
         [("Ahmad Yani", "Pelaksana Tugas Kepala BPBD Kotawaringin Timur")]),
        ("Pj Bupati Katingan Budi Santoso melantik pejabat.",
         [("Budi Santoso", "Penjabat Bupati Katingan")]),
        ("Edy Pratowo, Wakil Gubernur Kalteng, mengatakan hal itu.",
         [("Edy Pratowo", "Wakil Gubernur Kalimantan Tengah")]),
        ("Rapat dipimpin Tito Karnavian selaku Mendagri.",
         [("Tito Karnavian", "Menteri Dalam Negeri")]),
        ("Kepala Pusat Penerangan Mabes TNI Mayjen TNI Endang Sodik angkat bicara.",
         [("Endang Sodik", "Kepala Pusat Penerangan Mabes TNI")]),
        ("Wali Kota Makassar Munafri 'Appi' Arifuddin menyapa warga.",
         [("Munafri Arifuddin", "Wali Kota Makassar")]),
        ("Camat Pahandut Berlianto hadir bersama Kepala Desa Tumbang Talaken, Yusuf, kemarin.",
         [("Berlianto", "Camat Pahandut"), ("Yusuf", "Kepala Desa Tumbang Talaken")]),
        ("Menteri Energi dan Sumber Daya Mineral (ESDM) Sudirman Said tidak menjawab.",
         [("Sudirman Said", "Menteri ESDM")]),
        ("Presiden Amerika Serikat Donald Trump menelepon.",
         [("Donald Trump", "Presiden Amerika Serikat")]),
        ("Hal itu dikatakan juru bicara KPK, Budi Prasetyo, kepada wartawan.",
         [("Budi Prasetyo", "Juru Bicara KPK")]),
        ("Kepala Badan Pengatur Jalan Tol (BPJT) Kementerian PU Wilan Oktavian menjelaskan.",
         [("Wilan Oktavian", "Kepala BPJT Kementerian PU")]),
        ("Kanit Reskrim Polsek Kebon Jeruk, AKP Budi Santoso, membenarkan penangkapan itu.",
         [("Budi Santoso", "Kepala Unit Reserse Kriminal Polsek Kebon Jeruk")]),
        ("Ketua Majelis Hakim Ni Luh Suastini membacakan vonis.",
         [("Ni Luh Suastini", "Ketua Majelis Hakim")]),
        ("Kajari Samarinda dijabat oleh Retno Harjantari Iriana sejak Juni.",
         [("Retno Harjantari Iriana", "Kepala Kejaksaan Negeri Samarinda")]),
        ("Kata Deputi Penindakan dan Eksekusi KPK Asep Guntur Rahayu, kasus itu berkembang.",
         [("Asep Guntur Rahayu", "Deputi Penindakan dan Eksekusi KPK")]),
    ],
)
def test_office_and_name_patterns(text, expected):
    assert officials_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gubernur Kalteng mengatakan bahwa anggaran naik.",  # an office without a name
        "Para bupati dan seluruh gubernur diundang ke Jakarta.",  # offices used generically
        "Mantan Gubernur Kalteng Agustin Teras Narang hadir.",  # a former holder
        "Calon Bupati Katingan Ahmad Sugianto berkampanye.",  # a candidate
        "Rapat digelar di Kantor Gubernur Kalteng, Kamis (4/12/2025).",  # a building
        "Pemprov Kalteng dan BKN menggelar rakor bersama DPRD.",  # institutions, no person
        "Menurut Wagub, ASN harus adaptif.",  # an acronym is not a name
        "Kepala Sekolah SMAN 1 Palangka Raya Budi Hartono hadir.",  # not a public office
        "Direktur Utama PT Pertamina Nicke Widyawati hadir.",  # a state company's executive
        "Ketua Umum Partai Golkar Bahlil Lahadalia hadir.",  # a party post
        "Direktur Eksekutif Energy Watch Indonesia (EWI) Ferdinand Hutahaean berpendapat.",
        "Ketua DPD Golkar Kalteng Ahmad Yani membuka rapat partai.",  # a party post
        "Mobil itu dipakai Presiden ke-7 Joko Widodo.",  # a past holder, by number
        "Saat menjabat Menteri Tenaga Kerja (2009-2014), Muhaimin Iskandar menggagasnya.",
        "ujar Takuya Shimamura, Presiden Asahi Glass, yang membuka pabrik.",  # a company
        "Kepala Departemen Kajian BEM Universitas Udayana Made Wira hadir.",  # a student body
    ],
)
def test_no_official(text):
    assert officials_in(text) == []


def test_later_mentions_join_the_full_name():
    text = (
        "Gubernur Abdul Wahid meluncurkan program itu. Kata Gubernur Riau Abdul Wahid, program "
        "ini murah. Wagub Edy Pratowo hadir. Wakil Gubernur Kalteng Edy Pratowo menegaskan."
    )
    assert officials_in(text) == [
        ("Abdul Wahid", "Gubernur Riau"),
        ("Edy Pratowo", "Wakil Gubernur Kalimantan Tengah"),
    ]


def test_another_name_given_joins():
    text = (
        "KPK menangkap Wakil Menteri Ketenagakerjaan Immanuel Ebenezer atau Noel. "
        "Salah satunya, Wamenaker Noel."
    )
    assert officials_in(text) == [("Immanuel Ebenezer", "Wakil Menteri Ketenagakerjaan")]


def test_headline_mention_comes_first():
    body = (
        "Wali Kota Bogor Dedie A. Rachim hadir. Kapolresta Bogor Kota Kombes Eko Prasetyo bicara."
    )
    title = "Kapolresta Eko dan Walkot Dedie Musnahkan Miras"
    names = [name for name, _ in officials_in(body, title)]
    assert names == ["Eko Prasetyo", "Dedie A. Rachim"]


# --- Hand labels --------------------------------------------------------------------------------


@cache
def corpus_records(name: str) -> dict[str, tuple[str, str]]:
    """id -> (title, body) for one corpus file."""
    path = corpus_file(name)
    if name.endswith(".jsonl"):
        with path.open(encoding="utf-8") as lines:
            return {r["id"]: ("", r["text"]) for r in map(json.loads, lines)}
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            r["id"]: (r["judul"], r.get("isi_berita") or r.get("isi") or "")
            for r in csv.DictReader(handle)
        }


def cleaned(file: str, record_id: str) -> tuple[str, str]:
    """Title and body as the index sees them: cleaned as index/readers.py cleans them."""
    title, body = corpus_records(file)[record_id]
    return title, clean_body(body)


def plain(text: str) -> str:
    return " ".join(re.sub(r"\.", " ", text).lower().split())


def label_scores() -> tuple[float, float, list[str]]:
    """Name F1 over all labelled articles, the share of found officials whose role is right,
    and one line per disagreement."""
    labelled = json.loads(LABELS.read_text("utf-8"))
    true_positives = found_total = labelled_total = roles_right = 0
    notes = []
    for entry in labelled:
        title, body = cleaned(entry["file"], entry["id"])
        wanted = {plain(o["name"]): o["role"] for o in entry["officials"]}
        got = {plain(o.name): o.role for o in extract_officials(title, body)}
        found_total += len(got)
        labelled_total += len(wanted)
        for name, role in got.items():
            if name not in wanted:
                notes.append(f"{entry['id']}: extra {name} ({role})")
                continue
            true_positives += 1
            if " ".join(role.lower().split()) == " ".join(wanted[name].lower().split()):
                roles_right += 1
            else:
                notes.append(f"{entry['id']}: {name} role {role!r}, labelled {wanted[name]!r}")
        notes += [f"{entry['id']}: missed {name}" for name in wanted if name not in got]
    precision = true_positives / found_total if found_total else 1.0
    recall = true_positives / labelled_total if labelled_total else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, roles_right / max(true_positives, 1), notes


def test_hand_labels():
    assert len(json.loads(LABELS.read_text("utf-8"))) >= 25
    f1, role_accuracy, notes = label_scores()
    report = "\n".join(notes)
    assert f1 >= 0.85, f"officials F1 {f1:.3f} on the hand labels\n{report}"
    assert role_accuracy >= 0.75, f"role accuracy {role_accuracy:.3f}\n{report}"
