"""Extraction: a draft's publication date, its regions and its officials make an article."""
