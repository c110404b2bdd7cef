"""CID 11001 Photoacoustic Illumination Method.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1471.

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
SingleSideIllumination: _Final[_groups.Cid11001Code]
DualSideIllumination: _Final[_groups.Cid11001Code]
MultiSideIllumination: _Final[_groups.Cid11001Code]
ThroughTransducerIllumination: _Final[_groups.Cid11001Code]
InterstitialIllumination: _Final[_groups.Cid11001Code]
MEMBERS: _Final[tuple[_groups.Cid11001Code, ...]]
