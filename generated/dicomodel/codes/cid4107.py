"""CID 4107 Tracer Kinetic Model Parameter.

Extensible, version 20141110, UID 1.2.840.10008.6.1.992.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4107
NAME: Final[str] = "Tracer Kinetic Model Parameter"
KEYWORD: Final[str | None] = "TracerKineticModelParameter"
UID: Final[str | None] = "1.2.840.10008.6.1.992"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20141110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Ktrans: Final[Code] = Code("DCM", "126312", "Ktrans", (4107,))
"""Ktrans (DCM 126312)."""

Kep: Final[Code] = Code("DCM", "126313", "kep", (4107,))
"""kep (DCM 126313)."""

Ve: Final[Code] = Code("DCM", "126314", "ve", (4107,))
"""ve (DCM 126314)."""

TauM: Final[Code] = Code("DCM", "126330", "tau_m", (4107,))
"""tau_m (DCM 126330)."""

Vp: Final[Code] = Code("DCM", "126331", "vp", (4107,))
"""vp (DCM 126331)."""

MEMBERS: Final[tuple[Code, ...]] = (Ktrans, Kep, Ve, TauM, Vp)
"""The resolved membership: own members, then those of the included groups, in order."""
