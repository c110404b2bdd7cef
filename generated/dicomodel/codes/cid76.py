"""CID 76 Premedication Type.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1266.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 76
NAME: _Final[str] = "Premedication Type"
KEYWORD: _Final[str | None] = "PremedicationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1266"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PreMedication: _Final[_Code] = _Code("DCM", "123012", "Pre-Medication", (76,))
"""Pre-Medication (DCM 123012)."""

ContrastReactionProphylacticAgent: _Final[_Code] = _Code(
    "DCM", "130259", "Contrast Reaction Prophylactic Agent", (76,)
)
"""Contrast Reaction Prophylactic Agent (DCM 130259)."""

Sedative: _Final[_Code] = _Code("SCT", "372614000", "Sedative", (76,))
"""Sedative (SCT 372614000)."""

Antiemetic: _Final[_Code] = _Code("SCT", "52017007", "Antiemetic", (76, 622))
"""Antiemetic (SCT 52017007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PreMedication,
    ContrastReactionProphylacticAgent,
    Sedative,
    Antiemetic,
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
