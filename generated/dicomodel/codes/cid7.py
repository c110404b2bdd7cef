"""CID 7 Ultrasound Beam Path.

Extensible, version 20191108, UID 1.2.840.10008.6.1.5.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7
NAME: Final[str] = "Ultrasound Beam Path"
KEYWORD: Final[str | None] = "UltrasoundBeamPath"
UID: Final[str | None] = "1.2.840.10008.6.1.5"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20191108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TransHepatic: Final[Code] = Code("SCT", "103381007", "Trans-hepatic", (7,))
"""Trans-hepatic (SCT 103381007)."""

TransGastric: Final[Code] = Code("SCT", "103353001", "Trans-gastric", (7,))
"""Trans-gastric (SCT 103353001)."""

TransPleural: Final[Code] = Code("SCT", "103348006", "Trans-pleural", (7,))
"""Trans-pleural (SCT 103348006)."""

TransMural: Final[Code] = Code("SCT", "103354007", "Trans-mural", (7,))
"""Trans-mural (SCT 103354007)."""

TransOrbital: Final[Code] = Code("SCT", "129226004", "Trans-orbital", (7,))
"""Trans-orbital (SCT 129226004)."""

TransPancreatic: Final[Code] = Code("SCT", "103349003", "Trans-pancreatic", (7,))
"""Trans-pancreatic (SCT 103349003)."""

TransRectal: Final[Code] = Code("SCT", "6706003", "Trans-rectal", (7,))
"""Trans-rectal (SCT 6706003)."""

TransRenal: Final[Code] = Code("SCT", "103347001", "Trans-renal", (7,))
"""Trans-renal (SCT 103347001)."""

TransTemporal: Final[Code] = Code("SCT", "103382000", "Trans-temporal", (7,))
"""Trans-temporal (SCT 103382000)."""

TransThecal: Final[Code] = Code("SCT", "103345009", "Trans-thecal", (7,))
"""Trans-thecal (SCT 103345009)."""

TransUrethral: Final[Code] = Code("SCT", "57257006", "Trans-urethral", (7,))
"""Trans-urethral (SCT 57257006)."""

TransVesical: Final[Code] = Code("SCT", "103344008", "Trans-vesical", (7,))
"""Trans-vesical (SCT 103344008)."""

TransSplenic: Final[Code] = Code("SCT", "103346005", "Trans-splenic", (7,))
"""Trans-splenic (SCT 103346005)."""

TransEsophageal: Final[Code] = Code("SCT", "103383005", "Trans-esophageal", (7,))
"""Trans-esophageal (SCT 103383005)."""

TransAbdominal: Final[Code] = Code("SCT", "66739002", "Trans-abdominal", (7, 12025))
"""Trans-abdominal (SCT 66739002)."""

TransVaginal: Final[Code] = Code("SCT", "54300008", "Trans-vaginal", (7, 12025))
"""Trans-vaginal (SCT 54300008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TransHepatic,
    TransGastric,
    TransPleural,
    TransMural,
    TransOrbital,
    TransPancreatic,
    TransRectal,
    TransRenal,
    TransTemporal,
    TransThecal,
    TransUrethral,
    TransVesical,
    TransSplenic,
    TransEsophageal,
    TransAbdominal,
    TransVaginal,
)
"""The resolved membership: own members, then those of the included groups, in order."""
