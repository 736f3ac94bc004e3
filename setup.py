"""The one compiled module (index/_speedups.c); everything else is in pyproject.toml."""

from setuptools import Extension, setup

setup(ext_modules=[Extension("index._speedups", ["index/_speedups.c"],
                             extra_compile_args=["-O2"])])
