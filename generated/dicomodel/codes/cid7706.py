"""CID 7706 Cranial Nerve.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1018.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7706
NAME: _Final[str] = "Cranial Nerve"
KEYWORD: _Final[str | None] = "CranialNerve"
UID: _Final[str | None] = "1.2.840.10008.6.1.1018"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150106"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

OlfactoryTract: _Final[_Code] = _Code("SCT", "3960005", "olfactory tract", (7706,))
"""olfactory tract (SCT 3960005)."""

OpticNerve: _Final[_Code] = _Code("SCT", "18234004", "optic nerve", (7706,))
"""optic nerve (SCT 18234004)."""

OculomotorNerve: _Final[_Code] = _Code("SCT", "56193007", "oculomotor nerve", (7706,))
"""oculomotor nerve (SCT 56193007)."""

TrochlearNerve: _Final[_Code] = _Code("SCT", "39322007", "trochlear nerve", (7706,))
"""trochlear nerve (SCT 39322007)."""

TrigeminalNerve: _Final[_Code] = _Code("SCT", "27612005", "trigeminal nerve", (7706,))
"""trigeminal nerve (SCT 27612005)."""

AbducensNerve: _Final[_Code] = _Code("SCT", "80622005", "abducens nerve", (7706,))
"""abducens nerve (SCT 80622005)."""

FacialNerve: _Final[_Code] = _Code("SCT", "56052001", "facial nerve", (7706,))
"""facial nerve (SCT 56052001)."""

VestibulocochlearNerve: _Final[_Code] = _Code("SCT", "8598002", "vestibulocochlear nerve", (7706,))
"""vestibulocochlear nerve (SCT 8598002)."""

GlossopharyngealNerve: _Final[_Code] = _Code("SCT", "21161002", "glossopharyngeal nerve", (7706,))
"""glossopharyngeal nerve (SCT 21161002)."""

VagusNerve: _Final[_Code] = _Code("SCT", "88882009", "vagus nerve", (7167, 7706))
"""vagus nerve (SCT 88882009)."""

AccessoryNerve: _Final[_Code] = _Code("SCT", "15119000", "accessory nerve", (7706,))
"""accessory nerve (SCT 15119000)."""

HypoglossalNerve: _Final[_Code] = _Code("SCT", "37899009", "hypoglossal nerve", (7706,))
"""hypoglossal nerve (SCT 37899009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
