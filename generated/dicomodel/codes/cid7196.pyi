"""CID 7196 Spatial and Relational Concept Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1195.
Includes CID 7165.

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
Interface: _Final[_groups.Cid7196Code]
Line: _Final[_groups.Cid7196Code]
Lucency: _Final[_groups.Cid7196Code]
Background: _Final[_groups.Cid7196Code]
Tissue: _Final[_groups.Cid7196Code]
TissueNotOfInterest: _Final[_groups.Cid7196Code]
WasteMaterial: _Final[_groups.Cid7196Code]
RegistrationInput: _Final[_groups.Cid7196Code]
SingleSubjectExtractedFromGroup: _Final[_groups.Cid7196Code]
ReferenceRegion: _Final[_groups.Cid7196Code]
Normal: _Final[_groups.Cid7196Code]
MEMBERS: _Final[tuple[_groups.Cid7196Code, ...]]
