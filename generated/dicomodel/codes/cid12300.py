"""CID 12300 Core Echo Measurement.

Non-extensible, version 20211112, UID 1.2.840.10008.6.1.1149.
Includes CID 12309.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12300
NAME: _Final[str] = "Core Echo Measurement"
KEYWORD: _Final[str | None] = "CoreEchoMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.1149"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20211112"
INCLUDES: _Final[tuple[int, ...]] = (12309,)
EXTERNAL_SCHEME: _Final[str | None] = None

AorticAnnulusDiameter: _Final[_Code] = _Code("LN", "79940-3", "Aortic annulus diameter", (12300,))
"""Aortic annulus diameter (LN 79940-3)."""

AorticRegurgitantFlow: _Final[_Code] = _Code("LN", "79941-1", "Aortic regurgitant flow", (12300,))
"""Aortic regurgitant flow (LN 79941-1)."""

AorticRegurgitantFraction: _Final[_Code] = _Code(
    "LN", "79942-9", "Aortic regurgitant fraction", (12300,)
)
"""Aortic regurgitant fraction (LN 79942-9)."""

AorticRegurgitantJetAreaLVOTAreaPercent: _Final[_Code] = _Code(
    "LN", "79943-7", "Aortic regurgitant jet area/LVOT area %", (12300,)
)
"""Aortic regurgitant jet area/LVOT area % (LN 79943-7)."""

AorticRegurgitantJetWidthLVOTWidthPercent: _Final[_Code] = _Code(
    "LN", "79944-5", "Aortic regurgitant jet width/LVOT width %", (12300,)
)
"""Aortic regurgitant jet width/LVOT width % (LN 79944-5)."""

AorticRegurgitationPISARadius: _Final[_Code] = _Code(
    "LN", "79945-2", "Aortic regurgitation PISA radius", (12300,)
)
"""Aortic regurgitation PISA radius (LN 79945-2)."""

AorticRegurgitationPISAVelocity: _Final[_Code] = _Code(
    "LN", "79946-0", "Aortic regurgitation PISA velocity", (12300,)
)
"""Aortic regurgitation PISA velocity (LN 79946-0)."""

AorticRegurgitationPressureHalfTime: _Final[_Code] = _Code(
    "LN", "79947-8", "Aortic regurgitation pressure half-time", (12300,)
)
"""Aortic regurgitation pressure half-time (LN 79947-8)."""

AorticRegurgitationVenaContractaWidth: _Final[_Code] = _Code(
    "LN", "79948-6", "Aortic regurgitation vena contracta width", (12300,)
)
"""Aortic regurgitation vena contracta width (LN 79948-6)."""

AorticRegurgitationVmax: _Final[_Code] = _Code(
    "LN", "79949-4", "Aortic regurgitation Vmax", (12300,)
)
"""Aortic regurgitation Vmax (LN 79949-4)."""

AorticRegurgitationVolumeContinuityVTI: _Final[_Code] = _Code(
    "LN", "79950-2", "Aortic regurgitation volume (Continuity VTI)", (12300,)
)
"""Aortic regurgitation volume (Continuity VTI) (LN 79950-2)."""

AorticRegurgitationVolumePISA: _Final[_Code] = _Code(
    "LN", "79951-0", "Aortic regurgitation volume (PISA)", (12300,)
)
"""Aortic regurgitation volume (PISA) (LN 79951-0)."""

AorticRegurgitationVTI: _Final[_Code] = _Code("LN", "79952-8", "Aortic regurgitation VTI", (12300,))
"""Aortic regurgitation VTI (LN 79952-8)."""

AorticRootDiameter: _Final[_Code] = _Code("LN", "79953-6", "Aortic root diameter", (12300,))
"""Aortic root diameter (LN 79953-6)."""

AorticRootDiameterBSA: _Final[_Code] = _Code(
    "LN", "79954-4", "Aortic root diameter / BSA", (12300,)
)
"""Aortic root diameter / BSA (LN 79954-4)."""

AorticSinotubularJunctionDimension: _Final[_Code] = _Code(
    "LN", "79955-1", "Aortic sinotubular junction dimension", (12300,)
)
"""Aortic sinotubular junction dimension (LN 79955-1)."""

AorticValveAreaContinuityVmax: _Final[_Code] = _Code(
    "LN", "79956-9", "Aortic valve area (Continuity Vmax)", (12300,)
)
"""Aortic valve area (Continuity Vmax) (LN 79956-9)."""

AorticValveAreaContinuityVmaxBSA: _Final[_Code] = _Code(
    "LN", "79957-7", "Aortic valve area (Continuity Vmax) / BSA", (12300,)
)
"""Aortic valve area (Continuity Vmax) / BSA (LN 79957-7)."""

AorticValveAreaContinuityVTI: _Final[_Code] = _Code(
    "LN", "79958-5", "Aortic valve area (Continuity VTI)", (12300,)
)
"""Aortic valve area (Continuity VTI) (LN 79958-5)."""

AorticValveAreaContinuityVTIBSA: _Final[_Code] = _Code(
    "LN", "79959-3", "Aortic valve area (Continuity VTI) / BSA", (12300,)
)
"""Aortic valve area (Continuity VTI) / BSA (LN 79959-3)."""

AorticValveEffectiveRegurgitantOrificeArea: _Final[_Code] = _Code(
    "LN", "79960-1", "Aortic valve effective regurgitant orifice area", (12300,)
)
"""Aortic valve effective regurgitant orifice area (LN 79960-1)."""

AorticValveMeanBloodVelocity: _Final[_Code] = _Code(
    "LN", "79961-9", "Aortic valve mean blood velocity", (12300,)
)
"""Aortic valve mean blood velocity (LN 79961-9)."""

AorticValveMeanGradient: _Final[_Code] = _Code(
    "LN", "79962-7", "Aortic valve mean gradient", (12300,)
)
"""Aortic valve mean gradient (LN 79962-7)."""

AorticValvePeakInstantaneousGradient: _Final[_Code] = _Code(
    "LN", "79963-5", "Aortic valve peak instantaneous gradient", (12300,)
)
"""Aortic valve peak instantaneous gradient (LN 79963-5)."""

AorticValveVmax: _Final[_Code] = _Code("LN", "79964-3", "Aortic valve Vmax", (12300,))
"""Aortic valve Vmax (LN 79964-3)."""

AorticValveVTI: _Final[_Code] = _Code("LN", "79965-0", "Aortic valve VTI", (12300,))
"""Aortic valve VTI (LN 79965-0)."""

AscendingAortaDimension: _Final[_Code] = _Code(
    "LN", "79966-8", "Ascending Aorta Dimension", (12300,)
)
"""Ascending Aorta Dimension (LN 79966-8)."""

InferiorVenaCavaDiameter: _Final[_Code] = _Code(
    "LN", "79967-6", "Inferior vena cava diameter", (12300,)
)
"""Inferior vena cava diameter (LN 79967-6)."""

InterventricularSeptumDiastolicDimensionMM: _Final[_Code] = _Code(
    "LN", "79968-4", "Interventricular septum diastolic dimension MM", (12300,)
)
"""Interventricular septum diastolic dimension MM (LN 79968-4)."""

InterventricularSeptumDiastolicDimension2D: _Final[_Code] = _Code(
    "LN", "79969-2", "Interventricular septum diastolic dimension 2D", (12300,)
)
"""Interventricular septum diastolic dimension 2D (LN 79969-2)."""

InterventricularSeptumSystolicDimensionMM: _Final[_Code] = _Code(
    "LN", "79970-0", "Interventricular septum systolic dimension MM", (12300,)
)
"""Interventricular septum systolic dimension MM (LN 79970-0)."""

InterventricularSeptumSystolicDimension2D: _Final[_Code] = _Code(
    "LN", "79971-8", "Interventricular septum systolic dimension 2D", (12300,)
)
"""Interventricular septum systolic dimension 2D (LN 79971-8)."""

InterventricularSeptumTimeToPeakDisplacement: _Final[_Code] = _Code(
    "LN", "79972-6", "Interventricular septum time to peak displacement", (12300,)
)
"""Interventricular septum time to peak displacement (LN 79972-6)."""

LeftAtrialEndSystolicArea2C: _Final[_Code] = _Code(
    "LN", "79973-4", "Left atrial end systolic area 2C", (12300,)
)
"""Left atrial end systolic area 2C (LN 79973-4)."""

LeftAtrialEndSystolicArea4C: _Final[_Code] = _Code(
    "LN", "79974-2", "Left atrial end systolic area 4C", (12300,)
)
"""Left atrial end systolic area 4C (LN 79974-2)."""

LeftAtrialEndSystolicDiameterAP2D: _Final[_Code] = _Code(
    "LN", "79975-9", "Left atrial end systolic diameter (AP) 2D", (12300,)
)
"""Left atrial end systolic diameter (AP) 2D (LN 79975-9)."""

LeftAtrialEndSystolicDiameterAP2DBSA: _Final[_Code] = _Code(
    "LN", "79976-7", "Left atrial end systolic diameter (AP) 2D / BSA", (12300,)
)
"""Left atrial end systolic diameter (AP) 2D / BSA (LN 79976-7)."""

LeftAtrialEndSystolicDiameterAPMM: _Final[_Code] = _Code(
    "LN", "79977-5", "Left atrial end systolic diameter (AP) MM", (12300,)
)
"""Left atrial end systolic diameter (AP) MM (LN 79977-5)."""

LeftAtrialEndSystolicDiameterAPMMBSA: _Final[_Code] = _Code(
    "LN", "79978-3", "Left atrial end systolic diameter (AP) MM / BSA", (12300,)
)
"""Left atrial end systolic diameter (AP) MM / BSA (LN 79978-3)."""

LeftAtrialEndSystolicLength2C: _Final[_Code] = _Code(
    "LN", "79979-1", "Left atrial end systolic length 2C", (12300,)
)
"""Left atrial end systolic length 2C (LN 79979-1)."""

LeftAtrialEndSystolicLength4C: _Final[_Code] = _Code(
    "LN", "79980-9", "Left atrial end systolic length 4C", (12300,)
)
"""Left atrial end systolic length 4C (LN 79980-9)."""

LeftAtrialEndSystolicVolumeBiplaneAreaLength: _Final[_Code] = _Code(
    "LN", "79981-7", "Left atrial end systolic volume biplane (area-length)", (12300,)
)
"""Left atrial end systolic volume biplane (area-length) (LN 79981-7)."""

LeftAtrialEndSystolicVolumeBiplaneAreaLengthBSA: _Final[_Code] = _Code(
    "LN", "79982-5", "Left atrial end systolic volume biplane (area-length) / BSA", (12300,)
)
"""Left atrial end systolic volume biplane (area-length) / BSA (LN 79982-5)."""

LeftAtrialEndSystolicVolumeBiplaneMOD: _Final[_Code] = _Code(
    "LN", "79983-3", "Left atrial end systolic volume biplane (MOD)", (12300,)
)
"""Left atrial end systolic volume biplane (MOD) (LN 79983-3)."""

LeftAtrialEndSystolicVolumeBiplaneMODBSA: _Final[_Code] = _Code(
    "LN", "79984-1", "Left atrial end systolic volume biplane (MOD) / BSA", (12300,)
)
"""Left atrial end systolic volume biplane (MOD) / BSA (LN 79984-1)."""

LeftAtrialEndSystolicVolumeSinglePlane2CMOD: _Final[_Code] = _Code(
    "LN", "79985-8", "Left atrial end systolic volume single plane 2C (MOD)", (12300,)
)
"""Left atrial end systolic volume single plane 2C (MOD) (LN 79985-8)."""

LeftAtrialEndSystolicVolumeSinglePlane4CMOD: _Final[_Code] = _Code(
    "LN", "79986-6", "Left atrial end systolic volume single plane 4C (MOD)", (12300,)
)
"""Left atrial end systolic volume single plane 4C (MOD) (LN 79986-6)."""

LeftPulmonaryArteryDiameter: _Final[_Code] = _Code(
    "LN", "79987-4", "Left pulmonary artery diameter", (12300,)
)
"""Left pulmonary artery diameter (LN 79987-4)."""

LeftVenticularPosteriorWallTimeToPeakDisplacement: _Final[_Code] = _Code(
    "LN", "79988-2", "Left venticular posterior wall time to peak displacement", (12300,)
)
"""Left venticular posterior wall time to peak displacement (LN 79988-2)."""

LeftVentricularPreEjectionPeriod: _Final[_Code] = _Code(
    "LN", "79989-0", "Left ventricular pre-ejection period", (12300,)
)
"""Left ventricular pre-ejection period (LN 79989-0)."""

LeftVentricularEjectionFractionTeichholz2D: _Final[_Code] = _Code(
    "LN", "77891-0", "Left ventricular ejection fraction (Teichholz) 2D", (12300,)
)
"""Left ventricular ejection fraction (Teichholz) 2D (LN 77891-0)."""

LeftVentricularEjectionFractionTeichholzMM: _Final[_Code] = _Code(
    "LN", "18049-7", "Left ventricular ejection fraction (Teichholz) MM", (12300,)
)
"""Left ventricular ejection fraction (Teichholz) MM (LN 18049-7)."""

LeftVentricularEjectionFraction3D: _Final[_Code] = _Code(
    "LN", "79990-8", "Left ventricular ejection fraction 3D", (12300,)
)
"""Left ventricular ejection fraction 3D (LN 79990-8)."""

LeftVentricularEjectionFractionBiplaneMOD: _Final[_Code] = _Code(
    "LN", "79991-6", "Left ventricular ejection fraction biplane (MOD)", (12300,)
)
"""Left ventricular ejection fraction biplane (MOD) (LN 79991-6)."""

LeftVentricularEjectionFractionSinglePlane2CMOD: _Final[_Code] = _Code(
    "LN", "79992-4", "Left ventricular ejection fraction single plane 2C (MOD)", (12300,)
)
"""Left ventricular ejection fraction single plane 2C (MOD) (LN 79992-4)."""

LeftVentricularEjectionFractionSinglePlane4CMOD: _Final[_Code] = _Code(
    "LN", "79993-2", "Left ventricular ejection fraction single plane 4C (MOD)", (12300,)
)
"""Left ventricular ejection fraction single plane 4C (MOD) (LN 79993-2)."""

LeftVentricularEndDiastolicLength4C: _Final[_Code] = _Code(
    "LN", "79994-0", "Left ventricular end diastolic length 4C", (12300,)
)
"""Left ventricular end diastolic length 4C (LN 79994-0)."""

LeftVentricularEndDiastolicVolume3D: _Final[_Code] = _Code(
    "LN", "79995-7", "Left ventricular end diastolic volume (3D)", (12300,)
)
"""Left ventricular end diastolic volume (3D) (LN 79995-7)."""

LeftVentricularEndDiastolicVolumeBiplaneMOD: _Final[_Code] = _Code(
    "LN", "79996-5", "Left ventricular end diastolic volume biplane (MOD)", (12300,)
)
"""Left ventricular end diastolic volume biplane (MOD) (LN 79996-5)."""

LeftVentricularEndDiastolicVolumeBiplaneMODBSA: _Final[_Code] = _Code(
    "LN", "79997-3", "Left ventricular end diastolic volume biplane (MOD) / BSA", (12300,)
)
"""Left ventricular end diastolic volume biplane (MOD) / BSA (LN 79997-3)."""

LeftVentricularEndDiastolicVolumeSinglePlane2CMOD: _Final[_Code] = _Code(
    "LN", "79998-1", "Left ventricular end diastolic volume single plane 2C (MOD)", (12300,)
)
"""Left ventricular end diastolic volume single plane 2C (MOD) (LN 79998-1)."""

LeftVentricularEndDiastolicVolumeSinglePlane4CMOD: _Final[_Code] = _Code(
    "LN", "79999-9", "Left ventricular end diastolic volume single plane 4C (MOD)", (12300,)
)
"""Left ventricular end diastolic volume single plane 4C (MOD) (LN 79999-9)."""

LeftVentricularEndSystolicVolume3D: _Final[_Code] = _Code(
    "LN", "80000-3", "Left ventricular end systolic volume (3D)", (12300,)
)
"""Left ventricular end systolic volume (3D) (LN 80000-3)."""

LeftVentricularEndSystolicVolumeBiplaneMOD: _Final[_Code] = _Code(
    "LN", "80001-1", "Left ventricular end systolic volume biplane (MOD)", (12300,)
)
"""Left ventricular end systolic volume biplane (MOD) (LN 80001-1)."""

LeftVentricularEndSystolicVolumeBiplaneMODBSA: _Final[_Code] = _Code(
    "LN", "80002-9", "Left ventricular end systolic volume biplane (MOD) / BSA", (12300,)
)
"""Left ventricular end systolic volume biplane (MOD) / BSA (LN 80002-9)."""

LeftVentricularEndSystolicVolumeSinglePlane2CMOD: _Final[_Code] = _Code(
    "LN", "80003-7", "Left ventricular end systolic volume single plane 2C (MOD)", (12300,)
)
"""Left ventricular end systolic volume single plane 2C (MOD) (LN 80003-7)."""

LeftVentricularEndSystolicVolumeSinglePlane4CMOD: _Final[_Code] = _Code(
    "LN", "80004-5", "Left ventricular end systolic volume single plane 4C (MOD)", (12300,)
)
"""Left ventricular end systolic volume single plane 4C (MOD) (LN 80004-5)."""

LeftVentricularEndocardialAreaSAXPMLevel: _Final[_Code] = _Code(
    "LN", "80005-2", "Left ventricular endocardial area SAX PM level", (12300,)
)
"""Left ventricular endocardial area SAX PM level (LN 80005-2)."""

LeftVentricularEpicardialAreaSAXPMLevel: _Final[_Code] = _Code(
    "LN", "80006-0", "Left ventricular epicardial area SAX PM level", (12300,)
)
"""Left ventricular epicardial area SAX PM level (LN 80006-0)."""

LeftVentricularFractionalShorteningOfMinorAxis2D: _Final[_Code] = _Code(
    "LN", "29434-8", "Left ventricular fractional shortening (of minor axis) (2D)", (12300,)
)
"""Left ventricular fractional shortening (of minor axis) (2D) (LN 29434-8)."""

LeftVentricularFractionalShorteningOfMinorAxisMM: _Final[_Code] = _Code(
    "LN", "29435-5", "Left ventricular fractional shortening (of minor axis) (MM)", (12300,)
)
"""Left ventricular fractional shortening (of minor axis) (MM) (LN 29435-5)."""

LeftVentricularInternalDiastolicDimension2D: _Final[_Code] = _Code(
    "LN", "80007-8", "Left ventricular internal diastolic dimension - 2D", (12300,)
)
"""Left ventricular internal diastolic dimension - 2D (LN 80007-8)."""

LeftVentricularInternalDiastolicDimensionMM: _Final[_Code] = _Code(
    "LN", "80008-6", "Left ventricular internal diastolic dimension - MM", (12300,)
)
"""Left ventricular internal diastolic dimension - MM (LN 80008-6)."""

LeftVentricularInternalDiastolicDimensionBSA_80009_4: _Final[_Code] = _Code(
    "LN", "80009-4", "Left ventricular internal diastolic dimension / BSA", (12300,)
)
"""Left ventricular internal diastolic dimension / BSA (LN 80009-4)."""

LeftVentricularInternalDiastolicDimensionBSA_80010_2: _Final[_Code] = _Code(
    "LN", "80010-2", "Left ventricular internal diastolic dimension / BSA", (12300,)
)
"""Left ventricular internal diastolic dimension / BSA (LN 80010-2)."""

LeftVentricularInternalSystolicDimension2D: _Final[_Code] = _Code(
    "LN", "80011-0", "Left ventricular internal systolic dimension - 2D", (12300,)
)
"""Left ventricular internal systolic dimension - 2D (LN 80011-0)."""

LeftVentricularInternalSystolicDimensionMM: _Final[_Code] = _Code(
    "LN", "80012-8", "Left ventricular internal systolic dimension - MM", (12300,)
)
"""Left ventricular internal systolic dimension - MM (LN 80012-8)."""

LeftVentricularInternalSystolicDimensionBSA_80013_6: _Final[_Code] = _Code(
    "LN", "80013-6", "Left ventricular internal systolic dimension / BSA", (12300,)
)
"""Left ventricular internal systolic dimension / BSA (LN 80013-6)."""

LeftVentricularInternalSystolicDimensionBSA_80014_4: _Final[_Code] = _Code(
    "LN", "80014-4", "Left ventricular internal systolic dimension / BSA", (12300,)
)
"""Left ventricular internal systolic dimension / BSA (LN 80014-4)."""

LeftVentricularIsovolumicRelaxationTimeByDoppler: _Final[_Code] = _Code(
    "LN", "18071-1", "Left ventricular isovolumic relaxation time by Doppler", (12203, 12300)
)
"""Left ventricular isovolumic relaxation time by Doppler (LN 18071-1)."""

LeftVentricularIsovolumicRelaxationTimeByTDI: _Final[_Code] = _Code(
    "LN", "80015-1", "Left ventricular isovolumic relaxation time by TDI", (12300,)
)
"""Left ventricular isovolumic relaxation time by TDI (LN 80015-1)."""

LeftVentricularMassAreaLength: _Final[_Code] = _Code(
    "LN", "80016-9", "Left ventricular mass (area-length)", (12300,)
)
"""Left ventricular mass (area-length) (LN 80016-9)."""

LeftVentricularMassAreaLengthBSA: _Final[_Code] = _Code(
    "LN", "80017-7", "Left ventricular mass (area-length) / BSA", (12300,)
)
"""Left ventricular mass (area-length) / BSA (LN 80017-7)."""

LeftVentricularMassAreaLengthHeight2Point7: _Final[_Code] = _Code(
    "LN", "80018-5", "Left ventricular mass (area-length) / height^^2.7", (12300,)
)
"""Left ventricular mass (area-length) / height^^2.7 (LN 80018-5)."""

LeftVentricularMassDimensionMethod2D: _Final[_Code] = _Code(
    "LN", "80019-3", "Left ventricular mass (dimension method) 2D", (12300,)
)
"""Left ventricular mass (dimension method) 2D (LN 80019-3)."""

LeftVentricularMassDimensionMethod2DBSA: _Final[_Code] = _Code(
    "LN", "80020-1", "Left ventricular mass (dimension method) 2D / BSA", (12300,)
)
"""Left ventricular mass (dimension method) 2D / BSA (LN 80020-1)."""

LeftVentricularMassDimensionMethod2DHeight2Point7: _Final[_Code] = _Code(
    "LN", "80021-9", "Left ventricular mass (dimension method) 2D / height^^2.7", (12300,)
)
"""Left ventricular mass (dimension method) 2D / height^^2.7 (LN 80021-9)."""

LeftVentricularMassDimensionMethodMM: _Final[_Code] = _Code(
    "LN", "80022-7", "Left ventricular mass (dimension method) MM", (12300,)
)
"""Left ventricular mass (dimension method) MM (LN 80022-7)."""

LeftVentricularMassDimensionMethodMMBSA: _Final[_Code] = _Code(
    "LN", "80023-5", "Left ventricular mass (dimension method) MM / BSA", (12300,)
)
"""Left ventricular mass (dimension method) MM / BSA (LN 80023-5)."""

LeftVentricularMassDimensionMethodMMHeight2Point7: _Final[_Code] = _Code(
    "LN", "80024-3", "Left ventricular mass (dimension method) MM / height^^2.7", (12300,)
)
"""Left ventricular mass (dimension method) MM / height^^2.7 (LN 80024-3)."""

LeftVentricularMass: _Final[_Code] = _Code(
    "LN", "80025-0", "Left ventricular mass (truncated ellipse)", (12300,)
)
"""Left ventricular mass (truncated ellipse) (LN 80025-0)."""

LeftVentricularMassTruncatedEllipseBSA: _Final[_Code] = _Code(
    "LN", "80026-8", "Left ventricular mass (truncated ellipse) / BSA", (12300,)
)
"""Left ventricular mass (truncated ellipse) / BSA (LN 80026-8)."""

LeftVentricularMassTruncatedEllipseHeight2Point7: _Final[_Code] = _Code(
    "LN", "80027-6", "Left ventricular mass (truncated ellipse) / height^^2.7", (12300,)
)
"""Left ventricular mass (truncated ellipse) / height^^2.7 (LN 80027-6)."""

LeftVentricularOutflowTractDimension2D: _Final[_Code] = _Code(
    "LN", "80028-4", "Left ventricular outflow tract dimension (2D)", (12300,)
)
"""Left ventricular outflow tract dimension (2D) (LN 80028-4)."""

LeftVentricularOutflowTractVmax: _Final[_Code] = _Code(
    "LN", "80029-2", "Left ventricular outflow tract Vmax", (12300,)
)
"""Left ventricular outflow tract Vmax (LN 80029-2)."""

LeftVentricularOutflowTractVTI: _Final[_Code] = _Code(
    "LN", "80030-0", "Left ventricular outflow tract VTI", (12300,)
)
"""Left ventricular outflow tract VTI (LN 80030-0)."""

LeftVentricularPosteriorWallDiastolicThickness_80031_8: _Final[_Code] = _Code(
    "LN", "80031-8", "Left ventricular posterior wall diastolic thickness", (12300,)
)
"""Left ventricular posterior wall diastolic thickness (LN 80031-8)."""

LeftVentricularPosteriorWallDiastolicThickness_80032_6: _Final[_Code] = _Code(
    "LN", "80032-6", "Left ventricular posterior wall diastolic thickness", (12300,)
)
"""Left ventricular posterior wall diastolic thickness (LN 80032-6)."""

LeftVentricularPosteriorWallSystolicThickness_80033_4: _Final[_Code] = _Code(
    "LN", "80033-4", "Left ventricular posterior wall systolic thickness", (12300,)
)
"""Left ventricular posterior wall systolic thickness (LN 80033-4)."""

LeftVentricularPosteriorWallSystolicThickness_80034_2: _Final[_Code] = _Code(
    "LN", "80034-2", "Left ventricular posterior wall systolic thickness", (12300,)
)
"""Left ventricular posterior wall systolic thickness (LN 80034-2)."""

LeftVentricularStrokeVolume3D: _Final[_Code] = _Code(
    "LN", "80035-9", "Left ventricular stroke volume 3D", (12300,)
)
"""Left ventricular stroke volume 3D (LN 80035-9)."""

LVBasalAnteriorTimeToSVmaxTsBasalAnterior: _Final[_Code] = _Code(
    "LN", "80036-7", "LV basal anterior time to S Vmax (Ts-basal anterior)", (12300,)
)
"""LV basal anterior time to S Vmax (Ts-basal anterior) (LN 80036-7)."""

LVBasalAnteroseptalTimeToSVmaxTSBasalAnteroseptal: _Final[_Code] = _Code(
    "LN", "80037-5", "LV basal anteroseptal time to S Vmax (TS-basal anteroseptal)", (12300,)
)
"""LV basal anteroseptal time to S Vmax (TS-basal anteroseptal) (LN 80037-5)."""

LVBasalInferiorTimeToSVmaxTsBasalInferior: _Final[_Code] = _Code(
    "LN", "80038-3", "LV basal inferior time to S Vmax (Ts-basal inferior)", (12300,)
)
"""LV basal inferior time to S Vmax (Ts-basal inferior) (LN 80038-3)."""

LVBasalLateralTimeToSVmaxTsBasalLateral: _Final[_Code] = _Code(
    "LN", "80039-1", "LV basal lateral time to S Vmax (Ts-basal lateral)", (12300,)
)
"""LV basal lateral time to S Vmax (Ts-basal lateral) (LN 80039-1)."""

LVBasalPosteriorTimeToSVmaxTsBasalPosterior: _Final[_Code] = _Code(
    "LN", "80040-9", "LV basal posterior time to S Vmax (Ts-basal posterior)", (12300,)
)
"""LV basal posterior time to S Vmax (Ts-basal posterior) (LN 80040-9)."""

LVBasalSeptalTimeToSVmaxTsBasalSeptal: _Final[_Code] = _Code(
    "LN", "80041-7", "LV basal septal time to S Vmax (Ts-basal septal)", (12300,)
)
"""LV basal septal time to S Vmax (Ts-basal septal) (LN 80041-7)."""

LVMidAnteriorTimeToSVmaxTsMidAnterior: _Final[_Code] = _Code(
    "LN", "80042-5", "LV mid anterior time to S Vmax (Ts-mid anterior)", (12300,)
)
"""LV mid anterior time to S Vmax (Ts-mid anterior) (LN 80042-5)."""

LVMidAnteroseptalTimeToSVmaxTsMidAnteroseptal: _Final[_Code] = _Code(
    "LN", "80043-3", "LV mid anteroseptal time to S Vmax (Ts-mid anteroseptal)", (12300,)
)
"""LV mid anteroseptal time to S Vmax (Ts-mid anteroseptal) (LN 80043-3)."""

LVMidInferiorTimeToSVmaxTsMidInferior: _Final[_Code] = _Code(
    "LN", "80044-1", "LV mid inferior time to S Vmax (Ts-mid inferior)", (12300,)
)
"""LV mid inferior time to S Vmax (Ts-mid inferior) (LN 80044-1)."""

LVMidLateralTimeToSVmaxTsMidLateral: _Final[_Code] = _Code(
    "LN", "80045-8", "LV mid lateral time to S Vmax (Ts-mid lateral)", (12300,)
)
"""LV mid lateral time to S Vmax (Ts-mid lateral) (LN 80045-8)."""

LVMidPosteriorTimeToSVmaxTsMidPosterior: _Final[_Code] = _Code(
    "LN", "80046-6", "LV mid posterior time to S Vmax (Ts-mid posterior)", (12300,)
)
"""LV mid posterior time to S Vmax (Ts-mid posterior) (LN 80046-6)."""

LVMidSeptalTimeToSVmaxTsMidSeptal: _Final[_Code] = _Code(
    "LN", "80047-4", "LV mid septal time to S Vmax (Ts-mid septal)", (12300,)
)
"""LV mid septal time to S Vmax (Ts-mid septal) (LN 80047-4)."""

LVTsSDDyssynchronyIndex: _Final[_Code] = _Code(
    "LN", "80048-2", "LV Ts-SD (Dyssynchrony Index)", (12300,)
)
"""LV Ts-SD (Dyssynchrony Index) (LN 80048-2)."""

MainPulmonaryArteryDiameter: _Final[_Code] = _Code(
    "LN", "80049-0", "Main pulmonary artery diameter", (12300,)
)
"""Main pulmonary artery diameter (LN 80049-0)."""

MitralAnnulusDiastolicDiameterA2C: _Final[_Code] = _Code(
    "LN", "80050-8", "Mitral annulus diastolic diameter - A2C", (12300,)
)
"""Mitral annulus diastolic diameter - A2C (LN 80050-8)."""

MitralAnnulusDiastolicDiameterA4C: _Final[_Code] = _Code(
    "LN", "80051-6", "Mitral annulus diastolic diameter - A4C", (12300,)
)
"""Mitral annulus diastolic diameter - A4C (LN 80051-6)."""

MitralAnnulusDiastolicDiameterPLAX: _Final[_Code] = _Code(
    "LN", "80052-4", "Mitral annulus diastolic diameter - PLAX", (12300,)
)
"""Mitral annulus diastolic diameter - PLAX (LN 80052-4)."""

MitralAnnulusVTI: _Final[_Code] = _Code("LN", "80053-2", "Mitral annulus VTI", (12300,))
"""Mitral annulus VTI (LN 80053-2)."""

MitralLateralEPrimeVmax: _Final[_Code] = _Code(
    "LN", "80054-0", "Mitral lateral e-prime Vmax", (12300,)
)
"""Mitral lateral e-prime Vmax (LN 80054-0)."""

MitralRegurgitantFlowPISA: _Final[_Code] = _Code(
    "LN", "80057-3", "Mitral regurgitant flow (PISA)", (12300,)
)
"""Mitral regurgitant flow (PISA) (LN 80057-3)."""

MitralRegurgitantFractionContinuityVTI: _Final[_Code] = _Code(
    "LN", "80055-7", "Mitral regurgitant fraction (Continuity VTI)", (12300,)
)
"""Mitral regurgitant fraction (Continuity VTI) (LN 80055-7)."""

MitralRegurgitantFractionPISA: _Final[_Code] = _Code(
    "LN", "80056-5", "Mitral regurgitant fraction (PISA)", (12300,)
)
"""Mitral regurgitant fraction (PISA) (LN 80056-5)."""

MitralRegurgitationPeakGradient: _Final[_Code] = _Code(
    "LN", "80058-1", "Mitral regurgitation peak gradient", (12300,)
)
"""Mitral regurgitation peak gradient (LN 80058-1)."""

MitralRegurgitationPISARadius: _Final[_Code] = _Code(
    "LN", "80059-9", "Mitral regurgitation PISA radius", (12300,)
)
"""Mitral regurgitation PISA radius (LN 80059-9)."""

MitralRegurgitationPISAVelocity: _Final[_Code] = _Code(
    "LN", "80060-7", "Mitral regurgitation PISA velocity", (12300,)
)
"""Mitral regurgitation PISA velocity (LN 80060-7)."""

MitralRegurgitationVenaContractaWidth: _Final[_Code] = _Code(
    "LN", "80061-5", "Mitral regurgitation vena contracta width", (12300,)
)
"""Mitral regurgitation vena contracta width (LN 80061-5)."""

MitralRegurgitationVmax: _Final[_Code] = _Code(
    "LN", "80062-3", "Mitral regurgitation Vmax", (12300,)
)
"""Mitral regurgitation Vmax (LN 80062-3)."""

MitralRegurgitationVolumeContinuityVTI: _Final[_Code] = _Code(
    "LN", "80063-1", "Mitral regurgitation volume (Continuity VTI)", (12300,)
)
"""Mitral regurgitation volume (Continuity VTI) (LN 80063-1)."""

MitralRegurgitationVolumePISA: _Final[_Code] = _Code(
    "LN", "80064-9", "Mitral regurgitation volume (PISA)", (12300,)
)
"""Mitral regurgitation volume (PISA) (LN 80064-9)."""

MitralSeptalEPrimeVmax: _Final[_Code] = _Code(
    "LN", "79911-4", "Mitral septal e-prime Vmax", (12300,)
)
"""Mitral septal e-prime Vmax (LN 79911-4)."""

MitralValveAreaPISA: _Final[_Code] = _Code("LN", "80067-2", "Mitral valve area (PISA)", (12300,))
"""Mitral valve area (PISA) (LN 80067-2)."""

MitralValveAreaPlanimetry: _Final[_Code] = _Code(
    "LN", "80068-0", "Mitral valve area (Planimetry)", (12300,)
)
"""Mitral valve area (Planimetry) (LN 80068-0)."""

MitralValveAreaPressureHalfTime: _Final[_Code] = _Code(
    "LN", "80069-8", "Mitral valve area (Pressure Half-Time)", (12300,)
)
"""Mitral valve area (Pressure Half-Time) (LN 80069-8)."""

MitralValveAWaveDuration: _Final[_Code] = _Code(
    "LN", "80065-6", "Mitral valve A-wave duration", (12300,)
)
"""Mitral valve A-wave duration (LN 80065-6)."""

MitralValveAWaveVmax: _Final[_Code] = _Code("LN", "80066-4", "Mitral valve A-wave Vmax", (12300,))
"""Mitral valve A-wave Vmax (LN 80066-4)."""

MitralValveDecelerationTime: _Final[_Code] = _Code(
    "LN", "78191-4", "Mitral valve deceleration time", (12300,)
)
"""Mitral valve deceleration time (LN 78191-4)."""

MitralValveEffectiveRegurgitantOrificeAreaPISA: _Final[_Code] = _Code(
    "LN", "80071-4", "Mitral valve effective regurgitant orifice area (PISA)", (12300,)
)
"""Mitral valve effective regurgitant orifice area (PISA) (LN 80071-4)."""

MitralValveEToARatio: _Final[_Code] = _Code(
    "LN", "18038-0", "Mitral valve E-to-A ratio", (12207, 12300)
)
"""Mitral valve E-to-A ratio (LN 18038-0)."""

MitralValveEWaveVmax: _Final[_Code] = _Code("LN", "80070-6", "Mitral valve E-wave Vmax", (12300,))
"""Mitral valve E-wave Vmax (LN 80070-6)."""

MitralValveFlowPropagationVelocityVp: _Final[_Code] = _Code(
    "LN", "80072-2", "Mitral valve flow propagation velocity (Vp)", (12300,)
)
"""Mitral valve flow propagation velocity (Vp) (LN 80072-2)."""

MitralValveMeanGradient: _Final[_Code] = _Code(
    "LN", "80073-0", "Mitral valve mean gradient", (12300,)
)
"""Mitral valve mean gradient (LN 80073-0)."""

MitralValvePeakInstantaneousGradient: _Final[_Code] = _Code(
    "LN", "80074-8", "Mitral valve peak instantaneous gradient", (12300,)
)
"""Mitral valve peak instantaneous gradient (LN 80074-8)."""

MitralValvePressureHalfTime: _Final[_Code] = _Code(
    "LN", "79912-2", "Mitral valve pressure half-time", (12300,)
)
"""Mitral valve pressure half-time (LN 79912-2)."""

MitralValveVmax: _Final[_Code] = _Code("LN", "79913-0", "Mitral valve Vmax", (12300,))
"""Mitral valve Vmax (LN 79913-0)."""

MitralValveVTI: _Final[_Code] = _Code("LN", "79914-8", "Mitral valve VTI", (12300,))
"""Mitral valve VTI (LN 79914-8)."""

PulmonaryVeinAWaveDuration: _Final[_Code] = _Code(
    "LN", "78184-9", "Pulmonary vein A-wave duration", (12300,)
)
"""Pulmonary vein A-wave duration (LN 78184-9)."""

PulmonaryVeinAWaveVmax: _Final[_Code] = _Code(
    "LN", "79915-5", "Pulmonary vein A-wave Vmax", (12300,)
)
"""Pulmonary vein A-wave Vmax (LN 79915-5)."""

PulmonaryVeinDWaveVmax: _Final[_Code] = _Code(
    "LN", "79916-3", "Pulmonary vein D-wave Vmax", (12300,)
)
"""Pulmonary vein D-wave Vmax (LN 79916-3)."""

PulmonaryVeinSWaveVmax: _Final[_Code] = _Code(
    "LN", "79917-1", "Pulmonary vein S-wave Vmax", (12300,)
)
"""Pulmonary vein S-wave Vmax (LN 79917-1)."""

PulmonicAnnulusDiameter: _Final[_Code] = _Code(
    "LN", "79909-8", "Pulmonic annulus diameter", (12300,)
)
"""Pulmonic annulus diameter (LN 79909-8)."""

PulmonicRegurgitationEndDiastolicPeakGradient: _Final[_Code] = _Code(
    "LN", "79934-6", "Pulmonic regurgitation end diastolic peak gradient", (12300,)
)
"""Pulmonic regurgitation end diastolic peak gradient (LN 79934-6)."""

PulmonicRegurgitationEndDiastolicVelocity: _Final[_Code] = _Code(
    "LN", "79918-9", "Pulmonic regurgitation end diastolic velocity", (12300,)
)
"""Pulmonic regurgitation end diastolic velocity (LN 79918-9)."""

PulmonicRegurgitationVmax: _Final[_Code] = _Code(
    "LN", "79919-7", "Pulmonic regurgitation Vmax", (12300,)
)
"""Pulmonic regurgitation Vmax (LN 79919-7)."""

PulmonicValveAccelerationTime: _Final[_Code] = _Code(
    "LN", "79928-8", "Pulmonic valve acceleration time", (12300,)
)
"""Pulmonic valve acceleration time (LN 79928-8)."""

PulmonicValveEjectionTime: _Final[_Code] = _Code(
    "LN", "18042-2", "Pulmonic valve ejection time", (12209, 12300)
)
"""Pulmonic valve ejection time (LN 18042-2)."""

PulmonicValvePeakGradient: _Final[_Code] = _Code(
    "LN", "79935-3", "Pulmonic valve peak gradient", (12300,)
)
"""Pulmonic valve peak gradient (LN 79935-3)."""

PulmonicValveVmax: _Final[_Code] = _Code("LN", "79920-5", "Pulmonic valve Vmax", (12300,))
"""Pulmonic valve Vmax (LN 79920-5)."""

PulmonicValveVTI: _Final[_Code] = _Code("LN", "79910-6", "Pulmonic valve VTI", (12300,))
"""Pulmonic valve VTI (LN 79910-6)."""

RightAtrialEndSystolicArea4C: _Final[_Code] = _Code(
    "LN", "80075-5", "Right atrial end systolic area 4C", (12300,)
)
"""Right atrial end systolic area 4C (LN 80075-5)."""

RightAtrialMajorAxisDimension4C: _Final[_Code] = _Code(
    "LN", "80076-3", "Right atrial major axis dimension 4C", (12300,)
)
"""Right atrial major axis dimension 4C (LN 80076-3)."""

RightAtrialMinorAxisDimension4C: _Final[_Code] = _Code(
    "LN", "80077-1", "Right atrial minor axis dimension 4C", (12300,)
)
"""Right atrial minor axis dimension 4C (LN 80077-1)."""

RightAtrialMinorAxisDimension4CBSA: _Final[_Code] = _Code(
    "LN", "80078-9", "Right atrial minor axis dimension 4C / BSA", (12300,)
)
"""Right atrial minor axis dimension 4C / BSA (LN 80078-9)."""

RightPulmonaryArteryDiameter: _Final[_Code] = _Code(
    "LN", "80079-7", "Right pulmonary artery diameter", (12300,)
)
"""Right pulmonary artery diameter (LN 80079-7)."""

RightVentricularBasalDimension4C: _Final[_Code] = _Code(
    "LN", "80080-5", "Right ventricular basal dimension 4C", (12300,)
)
"""Right ventricular basal dimension 4C (LN 80080-5)."""

RightVentricularEjectionTime: _Final[_Code] = _Code(
    "LN", "79929-6", "Right ventricular ejection time", (12300,)
)
"""Right ventricular ejection time (LN 79929-6)."""

RightVentricularEndDiastolicArea4C: _Final[_Code] = _Code(
    "LN", "80081-3", "Right ventricular end diastolic area 4C", (12300,)
)
"""Right ventricular end diastolic area 4C (LN 80081-3)."""

RightVentricularEndSystolicArea4C: _Final[_Code] = _Code(
    "LN", "80082-1", "Right ventricular end systolic area 4C", (12300,)
)
"""Right ventricular end systolic area 4C (LN 80082-1)."""

RightVentricularFractionalAreaChange: _Final[_Code] = _Code(
    "LN", "79936-1", "Right ventricular fractional area change", (12300,)
)
"""Right ventricular fractional area change (LN 79936-1)."""

RightVentricularFreeWallThickness2D: _Final[_Code] = _Code(
    "LN", "80083-9", "Right ventricular free wall thickness 2D", (12300,)
)
"""Right ventricular free wall thickness 2D (LN 80083-9)."""

RightVentricularFreeWallThicknessMM: _Final[_Code] = _Code(
    "LN", "80084-7", "Right ventricular free wall thickness MM", (12300,)
)
"""Right ventricular free wall thickness MM (LN 80084-7)."""

RightVentricularMidCavityDimension4C: _Final[_Code] = _Code(
    "LN", "80085-4", "Right ventricular mid-cavity dimension 4C", (12300,)
)
"""Right ventricular mid-cavity dimension 4C (LN 80085-4)."""

RightVentricularMyocardialPerformanceIndex: _Final[_Code] = _Code(
    "LN", "80086-2", "Right ventricular myocardial performance index", (12300,)
)
"""Right ventricular myocardial performance index (LN 80086-2)."""

RightVentricularOutflowTractDiameterAtPulmonicValveRVOTDistal: _Final[_Code] = _Code(
    "LN",
    "80087-0",
    "Right ventricular outflow tract diameter at pulmonic valve (RVOT-Distal)",
    (12300,),
)
"""Right ventricular outflow tract diameter at pulmonic valve (RVOT-Distal) (LN 80087-0)."""

RightVentricularOutflowTractDiameterAtSubvalvularLevelRVOTProximal: _Final[_Code] = _Code(
    "LN",
    "80088-8",
    "Right ventricular outflow tract diameter at subvalvular level (RVOT-Proximal)",
    (12300,),
)
"""Right ventricular outflow tract diameter at subvalvular level (RVOT-Proximal) (LN 80088-8)."""

RightVentricularOutflowTractVTI: _Final[_Code] = _Code(
    "LN", "80089-6", "Right ventricular outflow tract VTI", (12300,)
)
"""Right ventricular outflow tract VTI (LN 80089-6)."""

RightVentricularPreEjectionPeriod: _Final[_Code] = _Code(
    "LN", "80090-4", "Right ventricular pre-ejection period", (12300,)
)
"""Right ventricular pre-ejection period (LN 80090-4)."""

TricuspidAnnularPlaneSystolicExcursionTAPSE: _Final[_Code] = _Code(
    "LN", "77903-3", "Tricuspid Annular Plane Systolic Excursion (TAPSE)", (12300,)
)
"""Tricuspid Annular Plane Systolic Excursion (TAPSE) (LN 77903-3)."""

TricuspidAnnulusDiameter: _Final[_Code] = _Code(
    "LN", "80091-2", "Tricuspid annulus diameter", (12300,)
)
"""Tricuspid annulus diameter (LN 80091-2)."""

TricuspidRegurgitationPeakGradient: _Final[_Code] = _Code(
    "LN", "79937-9", "Tricuspid regurgitation peak gradient", (12300,)
)
"""Tricuspid regurgitation peak gradient (LN 79937-9)."""

TricuspidRegurgitationPISARadius: _Final[_Code] = _Code(
    "LN", "79932-0", "Tricuspid regurgitation PISA radius", (12300,)
)
"""Tricuspid regurgitation PISA radius (LN 79932-0)."""

TricuspidRegurgitationVenaContractaWidth: _Final[_Code] = _Code(
    "LN", "79933-8", "Tricuspid regurgitation vena contracta width", (12300,)
)
"""Tricuspid regurgitation vena contracta width (LN 79933-8)."""

TricuspidRegurgitationVmax: _Final[_Code] = _Code(
    "LN", "79921-3", "Tricuspid regurgitation Vmax", (12300,)
)
"""Tricuspid regurgitation Vmax (LN 79921-3)."""

TricuspidValveAPrimeVmax: _Final[_Code] = _Code(
    "LN", "79922-1", "Tricuspid valve a-prime Vmax", (12300,)
)
"""Tricuspid valve a-prime Vmax (LN 79922-1)."""

TricuspidValveAWaveVmax: _Final[_Code] = _Code(
    "LN", "79923-9", "Tricuspid valve A-wave Vmax", (12300,)
)
"""Tricuspid valve A-wave Vmax (LN 79923-9)."""

TricuspidValveClosureToOpeningTime: _Final[_Code] = _Code(
    "LN", "79930-4", "Tricuspid valve closure to opening time", (12300,)
)
"""Tricuspid valve closure to opening time (LN 79930-4)."""

TricuspidValveDecelerationTime: _Final[_Code] = _Code(
    "LN", "79931-2", "Tricuspid valve deceleration time", (12300,)
)
"""Tricuspid valve deceleration time (LN 79931-2)."""

TricuspidValveDiastolicVTI: _Final[_Code] = _Code(
    "LN", "18175-0", "Tricuspid valve diastolic VTI", (12300,)
)
"""Tricuspid valve diastolic VTI (LN 18175-0)."""

TricuspidValveEPrimeVmax: _Final[_Code] = _Code(
    "LN", "79924-7", "Tricuspid valve e-prime Vmax", (12300,)
)
"""Tricuspid valve e-prime Vmax (LN 79924-7)."""

TricuspidValveEWaveVmax: _Final[_Code] = _Code(
    "LN", "79925-4", "Tricuspid valve E-wave Vmax", (12300,)
)
"""Tricuspid valve E-wave Vmax (LN 79925-4)."""

TricuspidValveMeanGradient: _Final[_Code] = _Code(
    "LN", "79938-7", "Tricuspid valve mean gradient", (12300,)
)
"""Tricuspid valve mean gradient (LN 79938-7)."""

TricuspidValvePeakGradient: _Final[_Code] = _Code(
    "LN", "79939-5", "Tricuspid valve peak gradient", (12300,)
)
"""Tricuspid valve peak gradient (LN 79939-5)."""

TricuspidValvePressureHalfTime: _Final[_Code] = _Code(
    "LN", "18032-3", "Tricuspid valve pressure half-time", (12300,)
)
"""Tricuspid valve pressure half-time (LN 18032-3)."""

TricuspidValveSPrimeVmax: _Final[_Code] = _Code(
    "LN", "79926-2", "Tricuspid valve s-prime Vmax", (12300,)
)
"""Tricuspid valve s-prime Vmax (LN 79926-2)."""

TricuspidValveVmax: _Final[_Code] = _Code("LN", "79927-0", "Tricuspid valve Vmax", (12300,))
"""Tricuspid valve Vmax (LN 79927-0)."""

LVEndSystolicGLSMultiviewMeanEndocardial: _Final[_Code] = _Code(
    "DCM", "130686", "LV End-systolic GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV End-systolic GLS Multiview Mean (Endocardial) (DCM 130686). Included from CID 12309."""

LVEndSystolicGLS4CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130687", "LV End-systolic GLS 4CH (Endocardial)", (12309,)
)
"""LV End-systolic GLS 4CH (Endocardial) (DCM 130687). Included from CID 12309."""

LVEndSystolicGLS2CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130688", "LV End-systolic GLS 2CH (Endocardial)", (12309,)
)
"""LV End-systolic GLS 2CH (Endocardial) (DCM 130688). Included from CID 12309."""

LVEndSystolicGLSALAXEndocardial: _Final[_Code] = _Code(
    "DCM", "130689", "LV End-systolic GLS ALAX (Endocardial)", (12309,)
)
"""LV End-systolic GLS ALAX (Endocardial) (DCM 130689). Included from CID 12309."""

LVEndSystolicMechanicalDispersion: _Final[_Code] = _Code(
    "DCM", "130698", "LV End-systolic Mechanical Dispersion", (12309,)
)
"""LV End-systolic Mechanical Dispersion (DCM 130698). Included from CID 12309."""

LVPeakSystolicGLSMultiviewMeanEndocardial: _Final[_Code] = _Code(
    "DCM", "130690", "LV Peak Systolic GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS Multiview Mean (Endocardial) (DCM 130690). Included from CID 12309."""

LVPeakSystolicGLS4CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130691", "LV Peak Systolic GLS 4CH (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS 4CH (Endocardial) (DCM 130691). Included from CID 12309."""

LVPeakSystolicGLS2CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130692", "LV Peak Systolic GLS 2CH (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS 2CH (Endocardial) (DCM 130692). Included from CID 12309."""

LVPeakSystolicGLSALAXEndocardial: _Final[_Code] = _Code(
    "DCM", "130693", "LV Peak Systolic GLS ALAX (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS ALAX (Endocardial) (DCM 130693). Included from CID 12309."""

LVPeakGLSMultiviewMeanEndocardial: _Final[_Code] = _Code(
    "DCM", "130694", "LV Peak GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV Peak GLS Multiview Mean (Endocardial) (DCM 130694). Included from CID 12309."""

LVPeakGLS4CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130695", "LV Peak GLS 4CH (Endocardial)", (12309,)
)
"""LV Peak GLS 4CH (Endocardial) (DCM 130695). Included from CID 12309."""

LVPeakGLS2CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130696", "LV Peak GLS 2CH (Endocardial)", (12309,)
)
"""LV Peak GLS 2CH (Endocardial) (DCM 130696). Included from CID 12309."""

LVPeakGLSALAXEndocardial: _Final[_Code] = _Code(
    "DCM", "130697", "LV Peak GLS ALAX (Endocardial)", (12309,)
)
"""LV Peak GLS ALAX (Endocardial) (DCM 130697). Included from CID 12309."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AorticAnnulusDiameter,
    AorticRegurgitantFlow,
    AorticRegurgitantFraction,
    AorticRegurgitantJetAreaLVOTAreaPercent,
    AorticRegurgitantJetWidthLVOTWidthPercent,
    AorticRegurgitationPISARadius,
    AorticRegurgitationPISAVelocity,
    AorticRegurgitationPressureHalfTime,
    AorticRegurgitationVenaContractaWidth,
    AorticRegurgitationVmax,
    AorticRegurgitationVolumeContinuityVTI,
    AorticRegurgitationVolumePISA,
    AorticRegurgitationVTI,
    AorticRootDiameter,
    AorticRootDiameterBSA,
    AorticSinotubularJunctionDimension,
    AorticValveAreaContinuityVmax,
    AorticValveAreaContinuityVmaxBSA,
    AorticValveAreaContinuityVTI,
    AorticValveAreaContinuityVTIBSA,
    AorticValveEffectiveRegurgitantOrificeArea,
    AorticValveMeanBloodVelocity,
    AorticValveMeanGradient,
    AorticValvePeakInstantaneousGradient,
    AorticValveVmax,
    AorticValveVTI,
    AscendingAortaDimension,
    InferiorVenaCavaDiameter,
    InterventricularSeptumDiastolicDimensionMM,
    InterventricularSeptumDiastolicDimension2D,
    InterventricularSeptumSystolicDimensionMM,
    InterventricularSeptumSystolicDimension2D,
    InterventricularSeptumTimeToPeakDisplacement,
    LeftAtrialEndSystolicArea2C,
    LeftAtrialEndSystolicArea4C,
    LeftAtrialEndSystolicDiameterAP2D,
    LeftAtrialEndSystolicDiameterAP2DBSA,
    LeftAtrialEndSystolicDiameterAPMM,
    LeftAtrialEndSystolicDiameterAPMMBSA,
    LeftAtrialEndSystolicLength2C,
    LeftAtrialEndSystolicLength4C,
    LeftAtrialEndSystolicVolumeBiplaneAreaLength,
    LeftAtrialEndSystolicVolumeBiplaneAreaLengthBSA,
    LeftAtrialEndSystolicVolumeBiplaneMOD,
    LeftAtrialEndSystolicVolumeBiplaneMODBSA,
    LeftAtrialEndSystolicVolumeSinglePlane2CMOD,
    LeftAtrialEndSystolicVolumeSinglePlane4CMOD,
    LeftPulmonaryArteryDiameter,
    LeftVenticularPosteriorWallTimeToPeakDisplacement,
    LeftVentricularPreEjectionPeriod,
    LeftVentricularEjectionFractionTeichholz2D,
    LeftVentricularEjectionFractionTeichholzMM,
    LeftVentricularEjectionFraction3D,
    LeftVentricularEjectionFractionBiplaneMOD,
    LeftVentricularEjectionFractionSinglePlane2CMOD,
    LeftVentricularEjectionFractionSinglePlane4CMOD,
    LeftVentricularEndDiastolicLength4C,
    LeftVentricularEndDiastolicVolume3D,
    LeftVentricularEndDiastolicVolumeBiplaneMOD,
    LeftVentricularEndDiastolicVolumeBiplaneMODBSA,
    LeftVentricularEndDiastolicVolumeSinglePlane2CMOD,
    LeftVentricularEndDiastolicVolumeSinglePlane4CMOD,
    LeftVentricularEndSystolicVolume3D,
    LeftVentricularEndSystolicVolumeBiplaneMOD,
    LeftVentricularEndSystolicVolumeBiplaneMODBSA,
    LeftVentricularEndSystolicVolumeSinglePlane2CMOD,
    LeftVentricularEndSystolicVolumeSinglePlane4CMOD,
    LeftVentricularEndocardialAreaSAXPMLevel,
    LeftVentricularEpicardialAreaSAXPMLevel,
    LeftVentricularFractionalShorteningOfMinorAxis2D,
    LeftVentricularFractionalShorteningOfMinorAxisMM,
    LeftVentricularInternalDiastolicDimension2D,
    LeftVentricularInternalDiastolicDimensionMM,
    LeftVentricularInternalDiastolicDimensionBSA_80009_4,
    LeftVentricularInternalDiastolicDimensionBSA_80010_2,
    LeftVentricularInternalSystolicDimension2D,
    LeftVentricularInternalSystolicDimensionMM,
    LeftVentricularInternalSystolicDimensionBSA_80013_6,
    LeftVentricularInternalSystolicDimensionBSA_80014_4,
    LeftVentricularIsovolumicRelaxationTimeByDoppler,
    LeftVentricularIsovolumicRelaxationTimeByTDI,
    LeftVentricularMassAreaLength,
    LeftVentricularMassAreaLengthBSA,
    LeftVentricularMassAreaLengthHeight2Point7,
    LeftVentricularMassDimensionMethod2D,
    LeftVentricularMassDimensionMethod2DBSA,
    LeftVentricularMassDimensionMethod2DHeight2Point7,
    LeftVentricularMassDimensionMethodMM,
    LeftVentricularMassDimensionMethodMMBSA,
    LeftVentricularMassDimensionMethodMMHeight2Point7,
    LeftVentricularMass,
    LeftVentricularMassTruncatedEllipseBSA,
    LeftVentricularMassTruncatedEllipseHeight2Point7,
    LeftVentricularOutflowTractDimension2D,
    LeftVentricularOutflowTractVmax,
    LeftVentricularOutflowTractVTI,
    LeftVentricularPosteriorWallDiastolicThickness_80031_8,
    LeftVentricularPosteriorWallDiastolicThickness_80032_6,
    LeftVentricularPosteriorWallSystolicThickness_80033_4,
    LeftVentricularPosteriorWallSystolicThickness_80034_2,
    LeftVentricularStrokeVolume3D,
    LVBasalAnteriorTimeToSVmaxTsBasalAnterior,
    LVBasalAnteroseptalTimeToSVmaxTSBasalAnteroseptal,
    LVBasalInferiorTimeToSVmaxTsBasalInferior,
    LVBasalLateralTimeToSVmaxTsBasalLateral,
    LVBasalPosteriorTimeToSVmaxTsBasalPosterior,
    LVBasalSeptalTimeToSVmaxTsBasalSeptal,
    LVMidAnteriorTimeToSVmaxTsMidAnterior,
    LVMidAnteroseptalTimeToSVmaxTsMidAnteroseptal,
    LVMidInferiorTimeToSVmaxTsMidInferior,
    LVMidLateralTimeToSVmaxTsMidLateral,
    LVMidPosteriorTimeToSVmaxTsMidPosterior,
    LVMidSeptalTimeToSVmaxTsMidSeptal,
    LVTsSDDyssynchronyIndex,
    MainPulmonaryArteryDiameter,
    MitralAnnulusDiastolicDiameterA2C,
    MitralAnnulusDiastolicDiameterA4C,
    MitralAnnulusDiastolicDiameterPLAX,
    MitralAnnulusVTI,
    MitralLateralEPrimeVmax,
    MitralRegurgitantFlowPISA,
    MitralRegurgitantFractionContinuityVTI,
    MitralRegurgitantFractionPISA,
    MitralRegurgitationPeakGradient,
    MitralRegurgitationPISARadius,
    MitralRegurgitationPISAVelocity,
    MitralRegurgitationVenaContractaWidth,
    MitralRegurgitationVmax,
    MitralRegurgitationVolumeContinuityVTI,
    MitralRegurgitationVolumePISA,
    MitralSeptalEPrimeVmax,
    MitralValveAreaPISA,
    MitralValveAreaPlanimetry,
    MitralValveAreaPressureHalfTime,
    MitralValveAWaveDuration,
    MitralValveAWaveVmax,
    MitralValveDecelerationTime,
    MitralValveEffectiveRegurgitantOrificeAreaPISA,
    MitralValveEToARatio,
    MitralValveEWaveVmax,
    MitralValveFlowPropagationVelocityVp,
    MitralValveMeanGradient,
    MitralValvePeakInstantaneousGradient,
    MitralValvePressureHalfTime,
    MitralValveVmax,
    MitralValveVTI,
    PulmonaryVeinAWaveDuration,
    PulmonaryVeinAWaveVmax,
    PulmonaryVeinDWaveVmax,
    PulmonaryVeinSWaveVmax,
    PulmonicAnnulusDiameter,
    PulmonicRegurgitationEndDiastolicPeakGradient,
    PulmonicRegurgitationEndDiastolicVelocity,
    PulmonicRegurgitationVmax,
    PulmonicValveAccelerationTime,
    PulmonicValveEjectionTime,
    PulmonicValvePeakGradient,
    PulmonicValveVmax,
    PulmonicValveVTI,
    RightAtrialEndSystolicArea4C,
    RightAtrialMajorAxisDimension4C,
    RightAtrialMinorAxisDimension4C,
    RightAtrialMinorAxisDimension4CBSA,
    RightPulmonaryArteryDiameter,
    RightVentricularBasalDimension4C,
    RightVentricularEjectionTime,
    RightVentricularEndDiastolicArea4C,
    RightVentricularEndSystolicArea4C,
    RightVentricularFractionalAreaChange,
    RightVentricularFreeWallThickness2D,
    RightVentricularFreeWallThicknessMM,
    RightVentricularMidCavityDimension4C,
    RightVentricularMyocardialPerformanceIndex,
    RightVentricularOutflowTractDiameterAtPulmonicValveRVOTDistal,
    RightVentricularOutflowTractDiameterAtSubvalvularLevelRVOTProximal,
    RightVentricularOutflowTractVTI,
    RightVentricularPreEjectionPeriod,
    TricuspidAnnularPlaneSystolicExcursionTAPSE,
    TricuspidAnnulusDiameter,
    TricuspidRegurgitationPeakGradient,
    TricuspidRegurgitationPISARadius,
    TricuspidRegurgitationVenaContractaWidth,
    TricuspidRegurgitationVmax,
    TricuspidValveAPrimeVmax,
    TricuspidValveAWaveVmax,
    TricuspidValveClosureToOpeningTime,
    TricuspidValveDecelerationTime,
    TricuspidValveDiastolicVTI,
    TricuspidValveEPrimeVmax,
    TricuspidValveEWaveVmax,
    TricuspidValveMeanGradient,
    TricuspidValvePeakGradient,
    TricuspidValvePressureHalfTime,
    TricuspidValveSPrimeVmax,
    TricuspidValveVmax,
    LVEndSystolicGLSMultiviewMeanEndocardial,
    LVEndSystolicGLS4CHEndocardial,
    LVEndSystolicGLS2CHEndocardial,
    LVEndSystolicGLSALAXEndocardial,
    LVEndSystolicMechanicalDispersion,
    LVPeakSystolicGLSMultiviewMeanEndocardial,
    LVPeakSystolicGLS4CHEndocardial,
    LVPeakSystolicGLS2CHEndocardial,
    LVPeakSystolicGLSALAXEndocardial,
    LVPeakGLSMultiviewMeanEndocardial,
    LVPeakGLS4CHEndocardial,
    LVPeakGLS2CHEndocardial,
    LVPeakGLSALAXEndocardial,
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
