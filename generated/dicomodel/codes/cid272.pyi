"""CID 272 Specific Observation Subject Class.

Non-extensible, version 20221201, UID 1.2.840.10008.6.1.1457.

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
Patient: _Final[_Code]
Study: _Final[_Code]
Series: _Final[_Code]
Image: _Final[_Code]
ImageFrame: _Final[_Code]
ImagingRegionOfInterest: _Final[_Code]
Waveform: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
