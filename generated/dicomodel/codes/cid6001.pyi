"""CID 6001 Overall Breast Composition from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.331.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
AlmostEntirelyFat: _Final[_groups.Cid6001Code]
ScatteredFibroglandularDensities: _Final[_groups.Cid6001Code]
HeterogeneouslyDense: _Final[_groups.Cid6001Code]
ExtremelyDense: _Final[_groups.Cid6001Code]
MEMBERS: _Final[tuple[_groups.Cid6001Code, ...]]
