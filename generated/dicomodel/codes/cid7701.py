"""CID 7701 Fiber Tract In Brainstem.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1013.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7701
NAME: _Final[str] = "Fiber Tract In Brainstem"
KEYWORD: _Final[str | None] = "FiberTractInBrainstem"
UID: _Final[str | None] = "1.2.840.10008.6.1.1013"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150106"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SuperiorCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "11089000", "superior cerebellar peduncle", (7153, 7701)
)
"""superior cerebellar peduncle (SCT 11089000)."""

MiddleCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "33723005", "middle cerebellar peduncle", (7153, 7701)
)
"""middle cerebellar peduncle (SCT 33723005)."""

InferiorCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "67701001", "inferior cerebellar peduncle", (7153, 7701)
)
"""inferior cerebellar peduncle (SCT 67701001)."""

CorticospinalTractInBrainstem: _Final[_Code] = _Code(
    "SCT", "360568007", "corticospinal tract in brainstem", (7701,)
)
"""corticospinal tract in brainstem (SCT 360568007)."""

MedialLemniscus: _Final[_Code] = _Code("SCT", "30114003", "medial lemniscus", (7153, 7701))
"""medial lemniscus (SCT 30114003)."""

LateralLemniscus: _Final[_Code] = _Code("SCT", "86136007", "lateral lemniscus", (7701,))
"""lateral lemniscus (SCT 86136007)."""

MedialLongitudinalFasciculus: _Final[_Code] = _Code(
    "SCT", "28390009", "medial longitudinal fasciculus", (7701,)
)
"""medial longitudinal fasciculus (SCT 28390009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SuperiorCerebellarPeduncle,
    MiddleCerebellarPeduncle,
    InferiorCerebellarPeduncle,
    CorticospinalTractInBrainstem,
    MedialLemniscus,
    LateralLemniscus,
    MedialLongitudinalFasciculus,
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
