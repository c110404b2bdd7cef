"""CID 3817 Vascular Sclerosis Type.

Extensible, version 20051103, UID 1.2.840.10008.6.1.275.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3817
NAME: _Final[str] = "Vascular Sclerosis Type"
KEYWORD: _Final[str | None] = "VascularSclerosisType"
UID: _Final[str | None] = "1.2.840.10008.6.1.275"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AdventitialDegeneration: _Final[_Code] = _Code(
    "SCT", "47631006", "adventitial degeneration", (3817,)
)
"""adventitial degeneration (SCT 47631006)."""

ArteriosclerosisWithFibrinoidNecrosis: _Final[_Code] = _Code(
    "SCT", "32651000", "arteriosclerosis with fibrinoid necrosis", (3817,)
)
"""arteriosclerosis with fibrinoid necrosis (SCT 32651000)."""

Arteriolosclerosis: _Final[_Code] = _Code("SCT", "17941002", "arteriolosclerosis", (3817,))
"""arteriolosclerosis (SCT 17941002)."""

Arteriosclerosis: _Final[_Code] = _Code("SCT", "28960008", "arteriosclerosis", (3817,))
"""arteriosclerosis (SCT 28960008)."""

Atheroma: _Final[_Code] = _Code("SCT", "48434008", "atheroma", (3817,))
"""atheroma (SCT 48434008)."""

AtheroscleroticFibrousPlaque: _Final[_Code] = _Code(
    "SCT", "20717008", "atherosclerotic fibrous plaque", (3817,)
)
"""atherosclerotic fibrous plaque (SCT 20717008)."""

CalcifiedAtheromatousPlaque: _Final[_Code] = _Code(
    "SCT", "29483008", "calcified atheromatous plaque", (3817,)
)
"""calcified atheromatous plaque (SCT 29483008)."""

ComplicatedAtheromatousPlaque: _Final[_Code] = _Code(
    "SCT", "74937006", "complicated atheromatous plaque", (3817,)
)
"""complicated atheromatous plaque (SCT 74937006)."""

CysticMedicalNecrosis: _Final[_Code] = _Code("SCT", "42182000", "cystic medical necrosis", (3817,))
"""cystic medical necrosis (SCT 42182000)."""

ElasticVascularSclerosis: _Final[_Code] = _Code(
    "SCT", "19952003", "elastic vascular sclerosis", (3817,)
)
"""elastic vascular sclerosis (SCT 19952003)."""

FattyStreaks: _Final[_Code] = _Code("SCT", "53151000", "fatty streaks", (3817,))
"""fatty streaks (SCT 53151000)."""

Fibroelastosis: _Final[_Code] = _Code("SCT", "72166006", "fibroelastosis", (3817,))
"""fibroelastosis (SCT 72166006)."""

DiffuseFibroelastosis: _Final[_Code] = _Code("SCT", "125358004", "diffuse fibroelastosis", (3817,))
"""diffuse fibroelastosis (SCT 125358004)."""

FocalFibroelastosis: _Final[_Code] = _Code("SCT", "125357009", "focal fibroelastosis", (3817,))
"""focal fibroelastosis (SCT 125357009)."""

Phlebosclerosis: _Final[_Code] = _Code("SCT", "18016009", "phlebosclerosis", (3817,))
"""phlebosclerosis (SCT 18016009)."""

UlceratedAtheromatousPlaque: _Final[_Code] = _Code(
    "SCT", "62189002", "ulcerated atheromatous plaque", (3491, 3817)
)
"""ulcerated atheromatous plaque (SCT 62189002)."""

VascularWallDegeneration: _Final[_Code] = _Code(
    "SCT", "33593002", "vascular wall degeneration", (3817,)
)
"""vascular wall degeneration (SCT 33593002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AdventitialDegeneration,
    ArteriosclerosisWithFibrinoidNecrosis,
    Arteriolosclerosis,
    Arteriosclerosis,
    Atheroma,
    AtheroscleroticFibrousPlaque,
    CalcifiedAtheromatousPlaque,
    ComplicatedAtheromatousPlaque,
    CysticMedicalNecrosis,
    ElasticVascularSclerosis,
    FattyStreaks,
    Fibroelastosis,
    DiffuseFibroelastosis,
    FocalFibroelastosis,
    Phlebosclerosis,
    UlceratedAtheromatousPlaque,
    VascularWallDegeneration,
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
