"""CID 7703 Association Fiber.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1015.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7703
NAME: Final[str] = "Association Fiber"
KEYWORD: Final[str | None] = "AssociationFiber"
UID: Final[str | None] = "1.2.840.10008.6.1.1015"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20150106"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SuperiorLongitudinalFasciculus: Final[Code] = Code(
    "NEU", "2080", "superior longitudinal fasciculus", (7703,)
)
"""superior longitudinal fasciculus (NEU 2080)."""

SuperiorLongitudinalFasciculusI: Final[Code] = Code(
    "DCM", "110703", "superior longitudinal fasciculus I", (7703,)
)
"""superior longitudinal fasciculus I (DCM 110703)."""

SuperiorLongitudinalFasciculusII: Final[Code] = Code(
    "DCM", "110704", "superior longitudinal fasciculus II", (7703,)
)
"""superior longitudinal fasciculus II (DCM 110704)."""

SuperiorLongitudinalFasciculusIII: Final[Code] = Code(
    "DCM", "110705", "superior longitudinal fasciculus III", (7703,)
)
"""superior longitudinal fasciculus III (DCM 110705)."""

ArcuateFasciculus: Final[Code] = Code("NEU", "2063", "arcuate fasciculus", (7703,))
"""arcuate fasciculus (NEU 2063)."""

InferiorLongitudinalFasciculus: Final[Code] = Code(
    "SCT", "55233005", "inferior longitudinal fasciculus", (7153, 7703)
)
"""inferior longitudinal fasciculus (SCT 55233005)."""

SuperiorFrontoOccipitalFasciculus: Final[Code] = Code(
    "SCT", "13958008", "superior fronto-occipital fasciculus", (7703,)
)
"""superior fronto-occipital fasciculus (SCT 13958008)."""

InferiorFrontoOccipitalFasciculus: Final[Code] = Code(
    "SCT", "35664009", "inferior fronto-occipital fasciculus", (7703,)
)
"""inferior fronto-occipital fasciculus (SCT 35664009)."""

UncinateFasciculus: Final[Code] = Code("SCT", "26230003", "uncinate fasciculus", (7153, 7703))
"""uncinate fasciculus (SCT 26230003)."""

VerticalOccipitalFasciculus: Final[Code] = Code(
    "SCT", "80434005", "vertical occipital fasciculus", (7703,)
)
"""vertical occipital fasciculus (SCT 80434005)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
