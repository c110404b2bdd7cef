"""CID 4102 Perfusion Measurement Method.

Extensible, version 20141110, UID 1.2.840.10008.6.1.987.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
PerfusionAnalysisByStableXenonCTTechnique: _Final[_groups.Cid4102Code]
PerfusionAnalysisByIVIodinatedContrastCTTechnique: _Final[_groups.Cid4102Code]
PerfusionAnalysisByArterialSpinLabelingMRTechnique: _Final[_groups.Cid4102Code]
PerfusionAnalysisBySusceptibilityMRTechnique: _Final[_groups.Cid4102Code]
MEMBERS: _Final[tuple[_groups.Cid4102Code, ...]]
