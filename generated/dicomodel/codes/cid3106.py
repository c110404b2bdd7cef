"""CID 3106 PET Cardiology Protocol.

Extensible, version 20080927, UID 1.2.840.10008.6.1.739.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3106
NAME: _Final[str] = "PET Cardiology Protocol"
KEYWORD: _Final[str | None] = "PETCardiologyProtocol"
UID: _Final[str | None] = "1.2.840.10008.6.1.739"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PETMyocardialPerfusionRestOnly: _Final[_Code] = _Code(
    "DCM", "122791", "PET Myocardial Perfusion, Rest only", (3106,)
)
"""PET Myocardial Perfusion, Rest only (DCM 122791)."""

PETMyocardialPerfusionStressOnly: _Final[_Code] = _Code(
    "DCM", "122792", "PET Myocardial Perfusion, Stress only", (3106,)
)
"""PET Myocardial Perfusion, Stress only (DCM 122792)."""

PETMyocardialPerfusionRestAndStress: _Final[_Code] = _Code(
    "DCM", "122793", "PET Myocardial Perfusion, Rest and Stress", (3106,)
)
"""PET Myocardial Perfusion, Rest and Stress (DCM 122793)."""

PETMyocardialViabilityRestOnly: _Final[_Code] = _Code(
    "DCM", "122795", "PET Myocardial Viability, Rest only", (3106,)
)
"""PET Myocardial Viability, Rest only (DCM 122795)."""

PETMyocardialViabilityStressOnly: _Final[_Code] = _Code(
    "DCM", "122796", "PET Myocardial Viability, Stress only", (3106,)
)
"""PET Myocardial Viability, Stress only (DCM 122796)."""

PETMyocardialViabilityRestAndStress: _Final[_Code] = _Code(
    "DCM", "122797", "PET Myocardial Viability, Rest and Stress", (3106,)
)
"""PET Myocardial Viability, Rest and Stress (DCM 122797)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PETMyocardialPerfusionRestOnly,
    PETMyocardialPerfusionStressOnly,
    PETMyocardialPerfusionRestAndStress,
    PETMyocardialViabilityRestOnly,
    PETMyocardialViabilityStressOnly,
    PETMyocardialViabilityRestAndStress,
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
