"""The compiled modules (index/analysis/_words.c and _tokens.c, index/store/_blocks.c,
index/store/_positions.c, index/extract/statements/_scan.c, index/extract/_trie_scan.c);
everything else is in pyproject.toml."""

from setuptools import Extension, setup

setup(ext_modules=[
    Extension("index.analysis._words", ["index/analysis/_words.c"], extra_compile_args=["-O2"],
              depends=["index/analysis/words.h"]),
    Extension("index.analysis._tokens", ["index/analysis/_tokens.c"], extra_compile_args=["-O2"],
              depends=["index/analysis/words.h"]),
    Extension("index.store._blocks", ["index/store/_blocks.c"], extra_compile_args=["-O2"],
              depends=["index/store/buffer.h"]),
    Extension("index.store._positions", ["index/store/_positions.c"], extra_compile_args=["-O2"],
              depends=["index/store/buffer.h", "index/store/positions.h"]),
    Extension("index.extract.statements._scan", ["index/extract/statements/_scan.c"],
              extra_compile_args=["-O2"]),
    Extension("index.extract._trie_scan", ["index/extract/_trie_scan.c"],
              extra_compile_args=["-O2"]),
])
