"""CID 3106 PET Cardiology Protocol.

Extensible, version 20080927, UID 1.2.840.10008.6.1.739.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3106
NAME: Final[str] = "PET Cardiology Protocol"
KEYWORD: Final[str | None] = "PETCardiologyProtocol"
UID: Final[str | None] = "1.2.840.10008.6.1.739"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PETMyocardialPerfusionRestOnly: Final[Code] = Code(
    "DCM", "122791", "PET Myocardial Perfusion, Rest only", (3106,)
)
"""PET Myocardial Perfusion, Rest only (DCM 122791)."""

PETMyocardialPerfusionStressOnly: Final[Code] = Code(
    "DCM", "122792", "PET Myocardial Perfusion, Stress only", (3106,)
)
"""PET Myocardial Perfusion, Stress only (DCM 122792)."""

PETMyocardialPerfusionRestAndStress: Final[Code] = Code(
    "DCM", "122793", "PET Myocardial Perfusion, Rest and Stress", (3106,)
)
"""PET Myocardial Perfusion, Rest and Stress (DCM 122793)."""

PETMyocardialViabilityRestOnly: Final[Code] = Code(
    "DCM", "122795", "PET Myocardial Viability, Rest only", (3106,)
)
"""PET Myocardial Viability, Rest only (DCM 122795)."""

PETMyocardialViabilityStressOnly: Final[Code] = Code(
    "DCM", "122796", "PET Myocardial Viability, Stress only", (3106,)
)
"""PET Myocardial Viability, Stress only (DCM 122796)."""

PETMyocardialViabilityRestAndStress: Final[Code] = Code(
    "DCM", "122797", "PET Myocardial Viability, Rest and Stress", (3106,)
)
"""PET Myocardial Viability, Rest and Stress (DCM 122797)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PETMyocardialPerfusionRestOnly,
    PETMyocardialPerfusionStressOnly,
    PETMyocardialPerfusionRestAndStress,
    PETMyocardialViabilityRestOnly,
    PETMyocardialViabilityStressOnly,
    PETMyocardialViabilityRestAndStress,
)
"""The resolved membership: own members, then those of the included groups, in order."""
