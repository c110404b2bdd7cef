"""CID 7706 Cranial Nerve.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1018.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7706
NAME: Final[str] = "Cranial Nerve"
KEYWORD: Final[str | None] = "CranialNerve"
UID: Final[str | None] = "1.2.840.10008.6.1.1018"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20150106"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

OlfactoryTract: Final[Code] = Code("SCT", "3960005", "olfactory tract", (7706,))
"""olfactory tract (SCT 3960005)."""

OpticNerve: Final[Code] = Code("SCT", "18234004", "optic nerve", (7706,))
"""optic nerve (SCT 18234004)."""

OculomotorNerve: Final[Code] = Code("SCT", "56193007", "oculomotor nerve", (7706,))
"""oculomotor nerve (SCT 56193007)."""

TrochlearNerve: Final[Code] = Code("SCT", "39322007", "trochlear nerve", (7706,))
"""trochlear nerve (SCT 39322007)."""

TrigeminalNerve: Final[Code] = Code("SCT", "27612005", "trigeminal nerve", (7706,))
"""trigeminal nerve (SCT 27612005)."""

AbducensNerve: Final[Code] = Code("SCT", "80622005", "abducens nerve", (7706,))
"""abducens nerve (SCT 80622005)."""

FacialNerve: Final[Code] = Code("SCT", "56052001", "facial nerve", (7706,))
"""facial nerve (SCT 56052001)."""

VestibulocochlearNerve: Final[Code] = Code("SCT", "8598002", "vestibulocochlear nerve", (7706,))
"""vestibulocochlear nerve (SCT 8598002)."""

GlossopharyngealNerve: Final[Code] = Code("SCT", "21161002", "glossopharyngeal nerve", (7706,))
"""glossopharyngeal nerve (SCT 21161002)."""

VagusNerve: Final[Code] = Code("SCT", "88882009", "vagus nerve", (7167, 7706))
"""vagus nerve (SCT 88882009)."""

AccessoryNerve: Final[Code] = Code("SCT", "15119000", "accessory nerve", (7706,))
"""accessory nerve (SCT 15119000)."""

HypoglossalNerve: Final[Code] = Code("SCT", "37899009", "hypoglossal nerve", (7706,))
"""hypoglossal nerve (SCT 37899009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    OlfactoryTract,
    OpticNerve,
    OculomotorNerve,
    TrochlearNerve,
    TrigeminalNerve,
    AbducensNerve,
    FacialNerve,
    VestibulocochlearNerve,
    GlossopharyngealNerve,
    VagusNerve,
    AccessoryNerve,
    HypoglossalNerve,
)
"""The resolved membership: own members, then those of the included groups, in order."""
