"""CID 3782 Left Ventricle Basal Wall 6 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1414.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
LeftVentricleBasalAnteriorSegment: _Final[_Code]
LeftVentricleBasalAnteroseptalSegment: _Final[_Code]
LeftVentricleBasalInferoseptalSegment: _Final[_Code]
LeftVentricleBasalInferiorSegment: _Final[_Code]
LeftVentricleBasalInferolateralSegment: _Final[_Code]
LeftVentricleBasalAnterolateralSegment: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
