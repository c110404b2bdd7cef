"""CID 3782 Left Ventricle Basal Wall 6 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1414.

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
LeftVentricleBasalAnteriorSegment: _Final[_groups.Cid3782Code]
LeftVentricleBasalAnteroseptalSegment: _Final[_groups.Cid3782Code]
LeftVentricleBasalInferoseptalSegment: _Final[_groups.Cid3782Code]
LeftVentricleBasalInferiorSegment: _Final[_groups.Cid3782Code]
LeftVentricleBasalInferolateralSegment: _Final[_groups.Cid3782Code]
LeftVentricleBasalAnterolateralSegment: _Final[_groups.Cid3782Code]
MEMBERS: _Final[tuple[_groups.Cid3782Code, ...]]
