"""CID 634 Animal Handling Phase.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1099.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 634
NAME: _Final[str] = "Animal Handling Phase"
KEYWORD: _Final[str | None] = "AnimalHandlingPhase"
UID: _Final[str | None] = "1.2.840.10008.6.1.1099"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

InHomeCage: _Final[_Code] = _Code("DCM", "127101", "In home cage", (634,))
"""In home cage (DCM 127101)."""

DuringTransport: _Final[_Code] = _Code("DCM", "127102", "During transport", (634,))
"""During transport (DCM 127102)."""

StagingPriorToImaging: _Final[_Code] = _Code("DCM", "127103", "Staging prior to imaging", (634,))
"""Staging prior to imaging (DCM 127103)."""

PreparationForImaging: _Final[_Code] = _Code("DCM", "127104", "Preparation for imaging", (634,))
"""Preparation for imaging (DCM 127104)."""

AnesthesiaInduction: _Final[_Code] = _Code("SCT", "241687005", "Anesthesia induction", (634,))
"""Anesthesia induction (SCT 241687005)."""

ImagingProcedure: _Final[_Code] = _Code("SCT", "363679005", "Imaging procedure", (100, 634))
"""Imaging procedure (SCT 363679005)."""

AnesthesiaRecoveryPeriod: _Final[_Code] = _Code(
    "UMLS", "C0002908", "Anesthesia recovery period", (634,)
)
"""Anesthesia recovery period (UMLS C0002908)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    InHomeCage,
    DuringTransport,
    StagingPriorToImaging,
    PreparationForImaging,
    AnesthesiaInduction,
    ImagingProcedure,
    AnesthesiaRecoveryPeriod,
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
