"""CID 4410 Topical Treatment.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1478.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4410
NAME: _Final[str] = "Topical Treatment"
KEYWORD: _Final[str | None] = "TopicalTreatment"
UID: _Final[str | None] = "1.2.840.10008.6.1.1478"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20231115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Immunomodulator: _Final[_Code] = _Code("SCT", "372558009", "Immunomodulator", (4410,))
"""Immunomodulator (SCT 372558009)."""

Antifungal: _Final[_Code] = _Code("SCT", "373219008", "Antifungal", (622, 4410))
"""Antifungal (SCT 373219008)."""

Antibiotic: _Final[_Code] = _Code("SCT", "255631004", "Antibiotic", (622, 4410))
"""Antibiotic (SCT 255631004)."""

Steroid: _Final[_Code] = _Code("SCT", "116566001", "Steroid", (622, 4410))
"""Steroid (SCT 116566001)."""

CytotoxicAgent: _Final[_Code] = _Code("SCT", "373526007", "Cytotoxic agent", (4410,))
"""Cytotoxic agent (SCT 373526007)."""

KeratolyticAgent: _Final[_Code] = _Code("SCT", "280906005", "Keratolytic agent", (4410,))
"""Keratolytic agent (SCT 280906005)."""

HemostaticAgent: _Final[_Code] = _Code("SCT", "372681003", "Hemostatic agent", (622, 4410))
"""Hemostatic agent (SCT 372681003)."""

Tretinoin: _Final[_Code] = _Code("SCT", "387305002", "Tretinoin", (4410,))
"""Tretinoin (SCT 387305002)."""

AscorbicAcid: _Final[_Code] = _Code("SCT", "43706004", "Ascorbic acid", (4410,))
"""Ascorbic acid (SCT 43706004)."""

AluminumHydroxide: _Final[_Code] = _Code("SCT", "273944007", "Aluminum hydroxide", (4410,))
"""Aluminum hydroxide (SCT 273944007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Immunomodulator,
    Antifungal,
    Antibiotic,
    Steroid,
    CytotoxicAgent,
    KeratolyticAgent,
    HemostaticAgent,
    Tretinoin,
    AscorbicAcid,
    AluminumHydroxide,
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
