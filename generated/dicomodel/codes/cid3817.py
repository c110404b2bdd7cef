"""CID 3817 Vascular Sclerosis Type.

Extensible, version 20051103, UID 1.2.840.10008.6.1.275.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3817
NAME: Final[str] = "Vascular Sclerosis Type"
KEYWORD: Final[str | None] = "VascularSclerosisType"
UID: Final[str | None] = "1.2.840.10008.6.1.275"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AdventitialDegeneration: Final[Code] = Code("SCT", "47631006", "adventitial degeneration", (3817,))
"""adventitial degeneration (SCT 47631006)."""

ArteriosclerosisWithFibrinoidNecrosis: Final[Code] = Code(
    "SCT", "32651000", "arteriosclerosis with fibrinoid necrosis", (3817,)
)
"""arteriosclerosis with fibrinoid necrosis (SCT 32651000)."""

Arteriolosclerosis: Final[Code] = Code("SCT", "17941002", "arteriolosclerosis", (3817,))
"""arteriolosclerosis (SCT 17941002)."""

Arteriosclerosis: Final[Code] = Code("SCT", "28960008", "arteriosclerosis", (3817,))
"""arteriosclerosis (SCT 28960008)."""

Atheroma: Final[Code] = Code("SCT", "48434008", "atheroma", (3817,))
"""atheroma (SCT 48434008)."""

AtheroscleroticFibrousPlaque: Final[Code] = Code(
    "SCT", "20717008", "atherosclerotic fibrous plaque", (3817,)
)
"""atherosclerotic fibrous plaque (SCT 20717008)."""

CalcifiedAtheromatousPlaque: Final[Code] = Code(
    "SCT", "29483008", "calcified atheromatous plaque", (3817,)
)
"""calcified atheromatous plaque (SCT 29483008)."""

ComplicatedAtheromatousPlaque: Final[Code] = Code(
    "SCT", "74937006", "complicated atheromatous plaque", (3817,)
)
"""complicated atheromatous plaque (SCT 74937006)."""

CysticMedicalNecrosis: Final[Code] = Code("SCT", "42182000", "cystic medical necrosis", (3817,))
"""cystic medical necrosis (SCT 42182000)."""

ElasticVascularSclerosis: Final[Code] = Code(
    "SCT", "19952003", "elastic vascular sclerosis", (3817,)
)
"""elastic vascular sclerosis (SCT 19952003)."""

FattyStreaks: Final[Code] = Code("SCT", "53151000", "fatty streaks", (3817,))
"""fatty streaks (SCT 53151000)."""

Fibroelastosis: Final[Code] = Code("SCT", "72166006", "fibroelastosis", (3817,))
"""fibroelastosis (SCT 72166006)."""

DiffuseFibroelastosis: Final[Code] = Code("SCT", "125358004", "diffuse fibroelastosis", (3817,))
"""diffuse fibroelastosis (SCT 125358004)."""

FocalFibroelastosis: Final[Code] = Code("SCT", "125357009", "focal fibroelastosis", (3817,))
"""focal fibroelastosis (SCT 125357009)."""

Phlebosclerosis: Final[Code] = Code("SCT", "18016009", "phlebosclerosis", (3817,))
"""phlebosclerosis (SCT 18016009)."""

UlceratedAtheromatousPlaque: Final[Code] = Code(
    "SCT", "62189002", "ulcerated atheromatous plaque", (3491, 3817)
)
"""ulcerated atheromatous plaque (SCT 62189002)."""

VascularWallDegeneration: Final[Code] = Code(
    "SCT", "33593002", "vascular wall degeneration", (3817,)
)
"""vascular wall degeneration (SCT 33593002)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
