"""CID 272 Specific Observation Subject Class.

Non-extensible, version 20221201, UID 1.2.840.10008.6.1.1457.

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
Patient: _Final[_groups.Cid272Code]
Study: _Final[_groups.Cid272Code]
Series: _Final[_groups.Cid272Code]
Image: _Final[_groups.Cid272Code]
ImageFrame: _Final[_groups.Cid272Code]
ImagingRegionOfInterest: _Final[_groups.Cid272Code]
Waveform: _Final[_groups.Cid272Code]
MEMBERS: _Final[tuple[_groups.Cid272Code, ...]]
