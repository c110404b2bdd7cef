"""CID 8131 Pathology Imaging Protocol.

Extensible, version 20240324, UID 1.2.840.10008.6.1.948.

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
PeriOperativePhotographicImaging: _Final[_Code]
SlideMicroscopy: _Final[_Code]
WholeSlideImaging: _Final[_Code]
WSI20XRGB: _Final[_Code]
WSI40XRGB: _Final[_Code]
Histology: _Final[_Code]
Histopathology: _Final[_Code]
Microscopy: _Final[_Code]
LightMicroscopy: _Final[_Code]
Photomicrography: _Final[_Code]
PhotographyOfPatient: _Final[_Code]
PhotographyOfGrossOrgan: _Final[_Code]
GrossPathologyRequest: _Final[_Code]
Immunohistochemistry: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
