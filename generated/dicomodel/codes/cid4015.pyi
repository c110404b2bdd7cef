"""CID 4015 View Modifier for Mammography.

Non-extensible, version 20090717, UID 1.2.840.10008.6.1.299.

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
Cleavage: _Final[_Code]
AxillaryTail: _Final[_Code]
RolledLateral: _Final[_Code]
RolledMedial: _Final[_Code]
RolledInferior: _Final[_Code]
RolledSuperior: _Final[_Code]
ImplantDisplaced: _Final[_Code]
Magnification: _Final[_Code]
SpotCompression: _Final[_Code]
Tangential: _Final[_Code]
NippleInProfile: _Final[_Code]
AnteriorCompression: _Final[_Code]
InfraMammaryFold: _Final[_Code]
AxillaryTissue: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
