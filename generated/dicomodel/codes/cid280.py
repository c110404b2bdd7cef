"""CID 280 Longitudinal Temporal Event Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1184.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 280
NAME: Final[str] = "Longitudinal Temporal Event Type"
KEYWORD: Final[str | None] = "LongitudinalTemporalEventType"
UID: Final[str | None] = "1.2.840.10008.6.1.1184"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Enrollment: Final[Code] = Code("NCIt", "C37948", "Enrollment", (280,))
"""Enrollment (NCIt C37948)."""

Baseline: Final[Code] = Code("DCM", "121079", "Baseline", (280, 7003))
"""Baseline (DCM 121079)."""

MEMBERS: Final[tuple[Code, ...]] = (Enrollment, Baseline)
"""The resolved membership: own members, then those of the included groups, in order."""
