"""CID 3810 Vascular Morphology.

Extensible, version 20220922, UID 1.2.840.10008.6.1.271.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3810
NAME: Final[str] = "Vascular Morphology"
KEYWORD: Final[str | None] = "VascularMorphology"
UID: Final[str | None] = "1.2.840.10008.6.1.271"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220922"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Plaque: Final[Code] = Code("SCT", "1522000", "plaque", (3810,))
"""plaque (SCT 1522000)."""

Stenosis: Final[Code] = Code("SCT", "415582006", "stenosis", (3810, 3813))
"""stenosis (SCT 415582006)."""

Aneurysm: Final[Code] = Code("SCT", "85659009", "aneurysm", (3810,))
"""aneurysm (SCT 85659009)."""

ArterialDissection: Final[Code] = Code(
    "SCT", "710864009", "arterial dissection", (3754, 3808, 3810)
)
"""arterial dissection (SCT 710864009)."""

Stent: Final[Code] = Code("SCT", "65818007", "stent", (8, 1000, 3411, 3496, 3810, 7157))
"""stent (SCT 65818007)."""

Occlusion: Final[Code] = Code("SCT", "26036001", "occlusion", (3810,))
"""occlusion (SCT 26036001)."""

ArteriovenousFistula: Final[Code] = Code("SCT", "128617001", "arteriovenous fistula", (3754, 3810))
"""arteriovenous fistula (SCT 128617001)."""

Angioma: Final[Code] = Code("SCT", "400210000", "angioma", (3810, 6031))
"""angioma (SCT 400210000)."""

Dilatation: Final[Code] = Code("SCT", "25322007", "dilatation", (3810,))
"""dilatation (SCT 25322007)."""

VascularCoiling: Final[Code] = Code("SCT", "416061003", "vascular coiling", (3810,))
"""vascular coiling (SCT 416061003)."""

Tortuosity: Final[Code] = Code("SCT", "15690004", "tortuosity", (3810,))
"""tortuosity (SCT 15690004)."""

Diverticulum: Final[Code] = Code("SCT", "31113003", "diverticulum", (3810, 6201))
"""diverticulum (SCT 31113003)."""

VascularSclerosis: Final[Code] = Code("SCT", "107671003", "vascular sclerosis", (3810, 7156))
"""vascular sclerosis (SCT 107671003)."""

Thrombus: Final[Code] = Code("SCT", "396339007", "thrombus", (3495, 3712, 3810, 7156))
"""thrombus (SCT 396339007)."""

Pseudoaneurysm: Final[Code] = Code("SCT", "22036004", "pseudoaneurysm", (3491, 3754, 3810))
"""pseudoaneurysm (SCT 22036004)."""

Embolism: Final[Code] = Code("SCT", "55584005", "embolism", (3805, 3810, 3815, 7159))
"""embolism (SCT 55584005)."""

FibromuscularDysplasia: Final[Code] = Code("SCT", "31653004", "fibromuscular dysplasia", (3810,))
"""fibromuscular dysplasia (SCT 31653004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Plaque,
    Stenosis,
    Aneurysm,
    ArterialDissection,
    Stent,
    Occlusion,
    ArteriovenousFistula,
    Angioma,
    Dilatation,
    VascularCoiling,
    Tortuosity,
    Diverticulum,
    VascularSclerosis,
    Thrombus,
    Pseudoaneurysm,
    Embolism,
    FibromuscularDysplasia,
)
"""The resolved membership: own members, then those of the included groups, in order."""
