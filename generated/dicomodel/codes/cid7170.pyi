"""CID 7170 Couinaud Liver Segment.

Extensible, version 20210120, UID 1.2.840.10008.6.1.1358.

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
CouinaudHepaticSegmentI: _Final[_Code]
CouinaudHepaticSegmentII: _Final[_Code]
CouinaudHepaticSegmentIII: _Final[_Code]
CouinaudHepaticSegmentIV: _Final[_Code]
CouinaudHepaticSegmentV: _Final[_Code]
CouinaudHepaticSegmentVI: _Final[_Code]
CouinaudHepaticSegmentVII: _Final[_Code]
CouinaudHepaticSegmentVIII: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
