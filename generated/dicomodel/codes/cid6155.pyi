"""CID 6155 Posterior Acoustic Feature.

Extensible, version 20060622, UID 1.2.840.10008.6.1.470.

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
NoPosteriorAcousticFeatures: _Final[_groups.Cid6155Code]
PosteriorEnhancement: _Final[_groups.Cid6155Code]
PosteriorShadowing: _Final[_groups.Cid6155Code]
CombinedPosteriorEnhancementAndShadowing: _Final[_groups.Cid6155Code]
MEMBERS: _Final[tuple[_groups.Cid6155Code, ...]]
