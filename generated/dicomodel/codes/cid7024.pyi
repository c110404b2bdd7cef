"""CID 7024 RT Process Input.

Extensible, version 20160908, UID 1.2.840.10008.6.1.1136.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
ForRTWorkflow: _Final[_Code]
ForRTPrescription: _Final[_Code]
ForRTTreatmentPlanning: _Final[_Code]
ForRTPlanSummation: _Final[_Code]
ForPhysicianReview: _Final[_Code]
ForPhysicistReview: _Final[_Code]
ForPlanQualityAssurance: _Final[_Code]
ForMachineQualityAssurance: _Final[_Code]
ForPatientSetupVerification: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
