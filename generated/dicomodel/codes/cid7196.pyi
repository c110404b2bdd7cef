"""CID 7196 Spatial and Relational Concept Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1195.
Includes CID 7165.

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
Interface: _Final[_Code]
Line: _Final[_Code]
Lucency: _Final[_Code]
Background: _Final[_Code]
Tissue: _Final[_Code]
TissueNotOfInterest: _Final[_Code]
WasteMaterial: _Final[_Code]
RegistrationInput: _Final[_Code]
SingleSubjectExtractedFromGroup: _Final[_Code]
ReferenceRegion: _Final[_Code]
Normal: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
