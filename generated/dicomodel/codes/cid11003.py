"""CID 11003 Ultrasound Transducer Technology.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1473.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 11003
NAME: Final[str] = "Ultrasound Transducer Technology"
KEYWORD: Final[str | None] = "UltrasoundTransducerTechnology"
UID: Final[str | None] = "1.2.840.10008.6.1.1473"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230626"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PiezocompositeTransducer: Final[Code] = Code("DCM", "130815", "Piezocomposite Transducer", (11003,))
"""Piezocomposite Transducer (DCM 130815)."""

MEMSBasedTransducer: Final[Code] = Code("DCM", "130816", "MEMS-based Transducer", (11003,))
"""MEMS-based Transducer (DCM 130816)."""

InterferometricTransducer: Final[Code] = Code(
    "DCM", "130817", "Interferometric Transducer", (11003,)
)
"""Interferometric Transducer (DCM 130817)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PiezocompositeTransducer,
    MEMSBasedTransducer,
    InterferometricTransducer,
)
"""The resolved membership: own members, then those of the included groups, in order."""
