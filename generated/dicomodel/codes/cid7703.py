"""CID 7703 Association Fiber.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1015.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7703
NAME: _Final[str] = "Association Fiber"
KEYWORD: _Final[str | None] = "AssociationFiber"
UID: _Final[str | None] = "1.2.840.10008.6.1.1015"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150106"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SuperiorLongitudinalFasciculus: _Final[_Code] = _Code(
    "NEU", "2080", "superior longitudinal fasciculus", (7703,)
)
"""superior longitudinal fasciculus (NEU 2080)."""

SuperiorLongitudinalFasciculusI: _Final[_Code] = _Code(
    "DCM", "110703", "superior longitudinal fasciculus I", (7703,)
)
"""superior longitudinal fasciculus I (DCM 110703)."""

SuperiorLongitudinalFasciculusII: _Final[_Code] = _Code(
    "DCM", "110704", "superior longitudinal fasciculus II", (7703,)
)
"""superior longitudinal fasciculus II (DCM 110704)."""

SuperiorLongitudinalFasciculusIII: _Final[_Code] = _Code(
    "DCM", "110705", "superior longitudinal fasciculus III", (7703,)
)
"""superior longitudinal fasciculus III (DCM 110705)."""

ArcuateFasciculus: _Final[_Code] = _Code("NEU", "2063", "arcuate fasciculus", (7703,))
"""arcuate fasciculus (NEU 2063)."""

InferiorLongitudinalFasciculus: _Final[_Code] = _Code(
    "SCT", "55233005", "inferior longitudinal fasciculus", (7153, 7703)
)
"""inferior longitudinal fasciculus (SCT 55233005)."""

SuperiorFrontoOccipitalFasciculus: _Final[_Code] = _Code(
    "SCT", "13958008", "superior fronto-occipital fasciculus", (7703,)
)
"""superior fronto-occipital fasciculus (SCT 13958008)."""

InferiorFrontoOccipitalFasciculus: _Final[_Code] = _Code(
    "SCT", "35664009", "inferior fronto-occipital fasciculus", (7703,)
)
"""inferior fronto-occipital fasciculus (SCT 35664009)."""

UncinateFasciculus: _Final[_Code] = _Code("SCT", "26230003", "uncinate fasciculus", (7153, 7703))
"""uncinate fasciculus (SCT 26230003)."""

VerticalOccipitalFasciculus: _Final[_Code] = _Code(
    "SCT", "80434005", "vertical occipital fasciculus", (7703,)
)
"""vertical occipital fasciculus (SCT 80434005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SuperiorLongitudinalFasciculus,
    SuperiorLongitudinalFasciculusI,
    SuperiorLongitudinalFasciculusII,
    SuperiorLongitudinalFasciculusIII,
    ArcuateFasciculus,
    InferiorLongitudinalFasciculus,
    SuperiorFrontoOccipitalFasciculus,
    InferiorFrontoOccipitalFasciculus,
    UncinateFasciculus,
    VerticalOccipitalFasciculus,
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
