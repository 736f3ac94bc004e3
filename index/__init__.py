"""Kabar's index, in the order an article travels through it.

- ``sources/``: files, exports, saved pages and feeds read into drafts (cleaned text, no facets);
- ``extract/``: a draft's date, regions and officials, making the article record (``article.py``);
- ``analysis/``: the Indonesian analyzer, the postings it makes, near-duplicate fingerprints;
- ``store/``: the Whoosh schema, index generations on disk, the writers and the folder watcher.

``data/`` holds the word lists and tables all of them read.
"""
