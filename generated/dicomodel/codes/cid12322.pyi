"""CID 12322 Elastography Measurement Site.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1449.
Includes CID 7170.

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
Background: _Final[_groups.Cid12322Code]
ThyroidNodule: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentI: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentII: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentIII: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentIV: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentV: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentVI: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentVII: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentVIII: _Final[_groups.Cid12322Code]
MEMBERS: _Final[tuple[_groups.Cid12322Code, ...]]
