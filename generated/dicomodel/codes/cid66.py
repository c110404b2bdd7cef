"""CID 66 Imaging Agent Administration Medication.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1256.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 66
NAME: Final[str] = "Imaging Agent Administration Medication"
KEYWORD: Final[str | None] = "ImagingAgentAdministrationMedication"
UID: Final[str | None] = "1.2.840.10008.6.1.1256"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Propofol: Final[Code] = Code("SCT", "387423006", "Propofol", (66, 625))
"""Propofol (SCT 387423006)."""

Midazolam: Final[Code] = Code("SCT", "373476007", "Midazolam", (66, 625))
"""Midazolam (SCT 373476007)."""

Sufentanil: Final[Code] = Code("SCT", "49998007", "Sufentanil", (66,))
"""Sufentanil (SCT 49998007)."""

Remifentanil: Final[Code] = Code("SCT", "386839004", "Remifentanil", (66,))
"""Remifentanil (SCT 386839004)."""

Alfentanil: Final[Code] = Code("SCT", "387560008", "Alfentanil", (66,))
"""Alfentanil (SCT 387560008)."""

MEMBERS: Final[tuple[Code, ...]] = (Propofol, Midazolam, Sufentanil, Remifentanil, Alfentanil)
"""The resolved membership: own members, then those of the included groups, in order."""
