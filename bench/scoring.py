"""Precision, recall and F1 from counts, as the evaluations report them: with nothing found the
precision is 1.0, with nothing labelled the recall is 1.0, and F1 is 0.0 when both are 0."""

from __future__ import annotations


def precision_recall_f1(matched: int, found: int, labelled: int) -> tuple[float, float, float]:
    precision = matched / found if found else 1.0
    recall = matched / labelled if labelled else 1.0
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


class SetScores:
    """The three figures of a class that counts `matched`, `found` and `labelled`."""

    matched: int
    found: int
    labelled: int

    @property
    def precision(self) -> float:
        return precision_recall_f1(self.matched, self.found, self.labelled)[0]

    @property
    def recall(self) -> float:
        return precision_recall_f1(self.matched, self.found, self.labelled)[1]

    @property
    def f1(self) -> float:
        return precision_recall_f1(self.matched, self.found, self.labelled)[2]
