"""CID 6155 Posterior Acoustic Feature.

Extensible, version 20060622, UID 1.2.840.10008.6.1.470.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6155
NAME: _Final[str] = "Posterior Acoustic Feature"
KEYWORD: _Final[str | None] = "PosteriorAcousticFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.470"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20060622"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NoPosteriorAcousticFeatures: _Final[_Code] = _Code(
    "DCM", "111367", "No posterior acoustic features", (6155,)
)
"""No posterior acoustic features (DCM 111367)."""

PosteriorEnhancement: _Final[_Code] = _Code("DCM", "111368", "Posterior enhancement", (6155,))
"""Posterior enhancement (DCM 111368)."""

PosteriorShadowing: _Final[_Code] = _Code("DCM", "111369", "Posterior shadowing", (6155,))
"""Posterior shadowing (DCM 111369)."""

CombinedPosteriorEnhancementAndShadowing: _Final[_Code] = _Code(
    "DCM", "111370", "Combined posterior enhancement and shadowing", (6155,)
)
"""Combined posterior enhancement and shadowing (DCM 111370)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NoPosteriorAcousticFeatures,
    PosteriorEnhancement,
    PosteriorShadowing,
    CombinedPosteriorEnhancementAndShadowing,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
