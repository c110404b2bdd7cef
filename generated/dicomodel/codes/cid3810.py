"""CID 3810 Vascular Morphology.

Extensible, version 20220922, UID 1.2.840.10008.6.1.271.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3810
NAME: _Final[str] = "Vascular Morphology"
KEYWORD: _Final[str | None] = "VascularMorphology"
UID: _Final[str | None] = "1.2.840.10008.6.1.271"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Plaque: _Final[_Code] = _Code("SCT", "1522000", "plaque", (3810,))
"""plaque (SCT 1522000)."""

Stenosis: _Final[_Code] = _Code("SCT", "415582006", "stenosis", (3810, 3813))
"""stenosis (SCT 415582006)."""

Aneurysm: _Final[_Code] = _Code("SCT", "85659009", "aneurysm", (3810,))
"""aneurysm (SCT 85659009)."""

ArterialDissection: _Final[_Code] = _Code(
    "SCT", "710864009", "arterial dissection", (3754, 3808, 3810)
)
"""arterial dissection (SCT 710864009)."""

Stent: _Final[_Code] = _Code("SCT", "65818007", "stent", (8, 1000, 3411, 3496, 3810, 7157))
"""stent (SCT 65818007)."""

Occlusion: _Final[_Code] = _Code("SCT", "26036001", "occlusion", (3810,))
"""occlusion (SCT 26036001)."""

ArteriovenousFistula: _Final[_Code] = _Code(
    "SCT", "128617001", "arteriovenous fistula", (3754, 3810)
)
"""arteriovenous fistula (SCT 128617001)."""

Angioma: _Final[_Code] = _Code("SCT", "400210000", "angioma", (3810, 6031))
"""angioma (SCT 400210000)."""

Dilatation: _Final[_Code] = _Code("SCT", "25322007", "dilatation", (3810,))
"""dilatation (SCT 25322007)."""

VascularCoiling: _Final[_Code] = _Code("SCT", "416061003", "vascular coiling", (3810,))
"""vascular coiling (SCT 416061003)."""

Tortuosity: _Final[_Code] = _Code("SCT", "15690004", "tortuosity", (3810,))
"""tortuosity (SCT 15690004)."""

Diverticulum: _Final[_Code] = _Code("SCT", "31113003", "diverticulum", (3810, 6201))
"""diverticulum (SCT 31113003)."""

VascularSclerosis: _Final[_Code] = _Code("SCT", "107671003", "vascular sclerosis", (3810, 7156))
"""vascular sclerosis (SCT 107671003)."""

Thrombus: _Final[_Code] = _Code("SCT", "396339007", "thrombus", (3495, 3712, 3810, 7156))
"""thrombus (SCT 396339007)."""

Pseudoaneurysm: _Final[_Code] = _Code("SCT", "22036004", "pseudoaneurysm", (3491, 3754, 3810))
"""pseudoaneurysm (SCT 22036004)."""

Embolism: _Final[_Code] = _Code("SCT", "55584005", "embolism", (3805, 3810, 3815, 7159))
"""embolism (SCT 55584005)."""

FibromuscularDysplasia: _Final[_Code] = _Code("SCT", "31653004", "fibromuscular dysplasia", (3810,))
"""fibromuscular dysplasia (SCT 31653004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
