"""CID 626 Premedication Agent for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1091.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 626
NAME: _Final[str] = "Premedication Agent for Small Animal Anesthesia"
KEYWORD: _Final[str | None] = "PremedicationAgentForSmallAnimalAnesthesia"
UID: _Final[str | None] = "1.2.840.10008.6.1.1091"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Acepromazine: _Final[_Code] = _Code("SCT", "96218000", "Acepromazine", (626,))
"""Acepromazine (SCT 96218000)."""

Chlorpromazine: _Final[_Code] = _Code("SCT", "387258005", "Chlorpromazine", (626,))
"""Chlorpromazine (SCT 387258005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Acepromazine, Chlorpromazine)
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
