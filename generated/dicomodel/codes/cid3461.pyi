"""CID 3461 Regional Extent.

Extensible, version 20040614, UID 1.2.840.10008.6.1.105.

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
SingleLADRegionInRAOProjection: _Final[_groups.Cid3461Code]
SingleRCARegionInRAOProjection: _Final[_groups.Cid3461Code]
MultipleLADRegionInRAOProjection: _Final[_groups.Cid3461Code]
MultipleRCARegionInRAOProjection: _Final[_groups.Cid3461Code]
LADRegionInLAOProjection: _Final[_groups.Cid3461Code]
RCARegionInLAOProjection: _Final[_groups.Cid3461Code]
CFXRegionInLAOProjection: _Final[_groups.Cid3461Code]
MEMBERS: _Final[tuple[_groups.Cid3461Code, ...]]
