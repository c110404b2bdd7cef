"""CID 6201 Colon Finding or Feature.

Extensible, version 20220922, UID 1.2.840.10008.6.1.788.

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
ImageQuality: _Final[_groups.Cid6201Code]
SelectedRegion: _Final[_groups.Cid6201Code]
PolypOfColon: _Final[_groups.Cid6201Code]
TumorOfColon: _Final[_groups.Cid6201Code]
RectalMass: _Final[_groups.Cid6201Code]
Diverticulum: _Final[_groups.Cid6201Code]
ColonicHaustra: _Final[_groups.Cid6201Code]
Feces: _Final[_groups.Cid6201Code]
Lipoma: _Final[_groups.Cid6201Code]
IntraluminalFluid: _Final[_groups.Cid6201Code]
ContrastMedia: _Final[_groups.Cid6201Code]
IleocecalValve: _Final[_groups.Cid6201Code]
InvertedDiverticulum: _Final[_groups.Cid6201Code]
OperativeSite: _Final[_groups.Cid6201Code]
NonLesion: _Final[_groups.Cid6201Code]
AnatomicNonColon: _Final[_groups.Cid6201Code]
MEMBERS: _Final[tuple[_groups.Cid6201Code, ...]]
