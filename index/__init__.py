"""Kabar write side: read articles, extract facets, analyse and write the Whoosh index."""
