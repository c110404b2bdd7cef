"""The types of the context groups' codes: ``CidNCode`` for CID N.

Stub: a group's type derives from the type of every group that includes it
(PS3.16 Section 7.2.1), so an included group's codes are the includer's codes too.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.coding import Code as _Code

class Cid2Code(_Code):
    """A code of CID 2 Anatomic Modifier."""

class Cid7151Code(_Code):
    """A code of CID 7151 Segmentation Property Type (with the codes of the groups it includes)."""

class Cid9514Code(_Code):
    """A code of CID 9514 Anatomical Structure For Radiotherapy (with the codes of the groups it includes)."""

class Cid7192Code(Cid9514Code, Cid7151Code):
    """A code of CID 7192 Anatomical Structure Segmentation Property Type (with the codes of the groups it includes)."""

class Cid8134Code(_Code):
    """A code of CID 8134 Anatomic Structure (with the codes of the groups it includes)."""

class Cid4Code(Cid8134Code, Cid7192Code):
    """A code of CID 4 Anatomic Region (with the codes of the groups it includes)."""

class Cid5Code(_Code):
    """A code of CID 5 Transducer Approach."""

class Cid501Code(_Code):
    """A code of CID 501 Volumetric View Description (with the codes of the groups it includes)."""

class Cid502Code(_Code):
    """A code of CID 502 Volumetric View Modifier (with the codes of the groups it includes)."""

class Cid6Code(Cid502Code, Cid501Code):
    """A code of CID 6 Transducer Orientation."""

class Cid7Code(_Code):
    """A code of CID 7 Ultrasound Beam Path."""

class Cid4051Code(_Code):
    """A code of CID 4051 General Device (with the codes of the groups it includes)."""

class Cid7193Code(Cid7151Code):
    """A code of CID 7193 Physical Object Segmentation Property Type (with the codes of the groups it includes)."""

class Cid8Code(Cid7193Code, Cid4051Code):
    """A code of CID 8 Angiographic Interventional Device."""

class Cid9Code(_Code):
    """A code of CID 9 Image Guided Therapeutic Procedure."""

class Cid10Code(_Code):
    """A code of CID 10 Interventional Drug."""

class Cid11Code(_Code):
    """A code of CID 11 Administration Route."""

class Cid3850Code(_Code):
    """A code of CID 3850 Contrast Bolus Substance (with the codes of the groups it includes)."""

class Cid12Code(Cid3850Code):
    """A code of CID 12 Imaging Contrast Agent."""

class Cid13Code(_Code):
    """A code of CID 13 Imaging Contrast Agent Ingredient."""

class Cid18Code(_Code):
    """A code of CID 18 Radiopharmaceutical Isotope."""

class Cid19Code(_Code):
    """A code of CID 19 Patient Orientation."""

class Cid20Code(_Code):
    """A code of CID 20 Patient Orientation Modifier."""

class Cid21Code(_Code):
    """A code of CID 21 Patient Equipment Relationship."""

class Cid23Code(Cid502Code):
    """A code of CID 23 Cranio-Caudad Angulation."""

class Cid25Code(_Code):
    """A code of CID 25 Radiopharmaceutical."""

class Cid26Code(Cid501Code):
    """A code of CID 26 Nuclear Medicine Projection (with the codes of the groups it includes)."""

class Cid27Code(Cid26Code):
    """A code of CID 27 Basic Cardiac View."""

class Cid30Code(_Code):
    """A code of CID 30 DICOM Device (with the codes of the groups it includes)."""

class Cid33Code(_Code):
    """A code of CID 33 Modality (with the codes of the groups it includes)."""

class Cid29Code(Cid33Code, Cid30Code):
    """A code of CID 29 Acquisition Modality."""

class Cid31Code(_Code):
    """A code of CID 31 Abstract Prior."""

class Cid32Code(Cid33Code):
    """A code of CID 32 Non-Acquisition Modality."""

class Cid42Code(_Code):
    """A code of CID 42 Numeric Value Qualifier (with the codes of the groups it includes)."""

class Cid43Code(Cid42Code):
    """A code of CID 43 Numeric Value Failure Qualifier."""

class Cid44Code(Cid42Code):
    """A code of CID 44 Numeric Value Unknown Qualifier."""

class Cid50Code(_Code):
    """A code of CID 50 Instance Availability Status."""

class Cid9300Code(_Code):
    """A code of CID 9300 Procedure Discontinuation Reason (with the codes of the groups it includes)."""

class Cid60Code(Cid9300Code):
    """A code of CID 60 Imaging Agent Administration Adverse Event (with the codes of the groups it includes)."""

class Cid61Code(_Code):
    """A code of CID 61 Time Relative to Procedure (Retired)."""

class Cid62Code(_Code):
    """A code of CID 62 Imaging Agent Administration Phase Type."""

class Cid63Code(_Code):
    """A code of CID 63 Imaging Agent Administration Mode."""

class Cid64Code(_Code):
    """A code of CID 64 Imaging Agent Administration Patient State."""

class Cid65Code(_Code):
    """A code of CID 65 Imaging Agent Administration Premedication (with the codes of the groups it includes)."""

class Cid66Code(Cid65Code):
    """A code of CID 66 Imaging Agent Administration Medication."""

class Cid67Code(_Code):
    """A code of CID 67 Imaging Agent Administration Completion Status."""

class Cid68Code(_Code):
    """A code of CID 68 Imaging Agent Administration Pharmaceutical Presentation Unit."""

class Cid69Code(_Code):
    """A code of CID 69 Imaging Agent Administration Consumable."""

class Cid70Code(Cid3850Code):
    """A code of CID 70 Flush."""

class Cid71Code(_Code):
    """A code of CID 71 Imaging Agent Administration Injector Event Type."""

class Cid72Code(_Code):
    """A code of CID 72 Imaging Agent Administration Step Type."""

class Cid73Code(_Code):
    """A code of CID 73 Bolus Shaping Curve."""

class Cid74Code(_Code):
    """A code of CID 74 Imaging Agent Administration Consumable Catheter Type."""

class Cid75Code(_Code):
    """A code of CID 75 Low High or Equal."""

class Cid76Code(_Code):
    """A code of CID 76 Premedication Type."""

class Cid82Code(_Code):
    """A code of CID 82 Measurement Unit."""

class Cid83Code(_Code):
    """A code of CID 83 Real World Value Mapping Unit (with the codes of the groups it includes)."""

class Cid7181Code(_Code):
    """A code of CID 7181 Abstract Multi-dimensional Image Model Component Unit (with the codes of the groups it includes)."""

class Cid84Code(Cid7181Code, Cid83Code):
    """A code of CID 84 PET Unit (with the codes of the groups it includes)."""

class Cid85Code(Cid84Code):
    """A code of CID 85 SUV Unit."""

class Cid91Code(_Code):
    """A code of CID 91 Functional Condition Present During Acquisition (with the codes of the groups it includes)."""

class Cid92Code(_Code):
    """A code of CID 92 Joint Position During Acquisition."""

class Cid93Code(_Code):
    """A code of CID 93 Joint Positioning Method."""

class Cid94Code(_Code):
    """A code of CID 94 Physical Force Applied During Acquisition."""

class Cid100Code(_Code):
    """A code of CID 100 Quantitative Diagnostic Imaging Procedure."""

class Cid101Code(_Code):
    """A code of CID 101 Imaging Procedure (with the codes of the groups it includes)."""

class Cid102Code(Cid101Code):
    """A code of CID 102 LOINC-RSNA Radiology Imaging Procedure."""

class Cid103Code(Cid101Code):
    """A code of CID 103 NICIP Short Code Imaging Procedure."""

class Cid104Code(Cid101Code):
    """A code of CID 104 NICIP SNOMED Imaging Procedure."""

class Cid105Code(Cid101Code):
    """A code of CID 105 ICD-10-PCS Imaging Procedure."""

class Cid106Code(Cid101Code):
    """A code of CID 106 ICD-10-PCS Nuclear Medicine Procedure."""

class Cid107Code(Cid101Code):
    """A code of CID 107 ICD-10-PCS Radiation Therapy Procedure."""

class Cid210Code(_Code):
    """A code of CID 210 Qualitative Evaluation Modifier Type."""

class Cid211Code(_Code):
    """A code of CID 211 Qualitative Evaluation Modifier Value (with the codes of the groups it includes)."""

class Cid3019Code(_Code):
    """A code of CID 3019 Cardiovascular Anatomic Structure Modifier (with the codes of the groups it includes)."""

class Cid212Code(Cid3019Code, Cid211Code):
    """A code of CID 212 Generic Anatomic Location Modifier."""

class Cid218Code(_Code):
    """A code of CID 218 Quantitative Image Feature (with the codes of the groups it includes)."""

class Cid7469Code(Cid218Code):
    """A code of CID 7469 Generic Intensity and Size Measurement (with the codes of the groups it includes)."""

class Cid7180Code(Cid7469Code):
    """A code of CID 7180 Abstract Multi-dimensional Image Model Component Semantic (with the codes of the groups it includes)."""

class Cid217Code(Cid7180Code):
    """A code of CID 217 Visual Explanation."""

class Cid219Code(_Code):
    """A code of CID 219 Geometry Graphical Representation."""

class Cid220Code(_Code):
    """A code of CID 220 Significance Level."""

class Cid221Code(_Code):
    """A code of CID 221 Measurement Range Concept (with the codes of the groups it includes)."""

class Cid222Code(_Code):
    """A code of CID 222 Normality."""

class Cid223Code(_Code):
    """A code of CID 223 Normal Range Value."""

class Cid224Code(_Code):
    """A code of CID 224 Selection Method."""

class Cid225Code(_Code):
    """A code of CID 225 Measurement Uncertainty Concept."""

class Cid7465Code(_Code):
    """A code of CID 7465 Measurement Derived From Multiple ROI Measurements (with the codes of the groups it includes)."""

class Cid226Code(Cid7465Code, Cid221Code):
    """A code of CID 226 Population Statistical Descriptor."""

class Cid227Code(Cid7465Code, Cid221Code):
    """A code of CID 227 Sample Statistical Descriptor."""

class Cid228Code(_Code):
    """A code of CID 228 Equation or Table."""

class Cid230Code(_Code):
    """A code of CID 230 Yes-No."""

class Cid231Code(_Code):
    """A code of CID 231 Yes-No Only."""

class Cid240Code(_Code):
    """A code of CID 240 Present-Absent."""

class Cid241Code(_Code):
    """A code of CID 241 Present-Absent Only."""

class Cid242Code(_Code):
    """A code of CID 242 Normal-Abnormal."""

class Cid245Code(Cid211Code):
    """A code of CID 245 Laterality with Median (with the codes of the groups it includes)."""

class Cid244Code(Cid245Code):
    """A code of CID 244 Laterality (with the codes of the groups it includes)."""

class Cid246Code(_Code):
    """A code of CID 246 Relative Laterality."""

class Cid247Code(Cid244Code, Cid3019Code):
    """A code of CID 247 Laterality Left-Right Only."""

class Cid250Code(_Code):
    """A code of CID 250 Positive-Negative."""

class Cid251Code(_Code):
    """A code of CID 251 Complication Severity."""

class Cid252Code(_Code):
    """A code of CID 252 S-M-L Size Descriptor."""

class Cid270Code(_Code):
    """A code of CID 270 Observer Type."""

class Cid271Code(_Code):
    """A code of CID 271 Observation Subject Class."""

class Cid272Code(_Code):
    """A code of CID 272 Specific Observation Subject Class."""

class Cid280Code(_Code):
    """A code of CID 280 Longitudinal Temporal Event Type."""

class Cid300Code(_Code):
    """A code of CID 300 Multi-energy Relevant Material."""

class Cid301Code(_Code):
    """A code of CID 301 Multi-energy Material Unit."""

class Cid400Code(_Code):
    """A code of CID 400 Audit Event ID."""

class Cid401Code(_Code):
    """A code of CID 401 Audit Event Type Code."""

class Cid402Code(_Code):
    """A code of CID 402 Audit Active Participant Role ID Code."""

class Cid403Code(_Code):
    """A code of CID 403 Security Alert Type Code."""

class Cid404Code(_Code):
    """A code of CID 404 Audit Participant Object ID Type Code."""

class Cid405Code(_Code):
    """A code of CID 405 Media Type Code."""

class Cid601Code(_Code):
    """A code of CID 601 Biosafety Level."""

class Cid602Code(_Code):
    """A code of CID 602 Biosafety Control Reason."""

class Cid603Code(_Code):
    """A code of CID 603 Animal Room Type."""

class Cid604Code(_Code):
    """A code of CID 604 Device Reuse."""

class Cid605Code(_Code):
    """A code of CID 605 Animal Bedding Material."""

class Cid606Code(_Code):
    """A code of CID 606 Animal Shelter Type."""

class Cid607Code(_Code):
    """A code of CID 607 Animal Feed Type."""

class Cid608Code(_Code):
    """A code of CID 608 Animal Feed Source."""

class Cid609Code(_Code):
    """A code of CID 609 Animal Feeding Method."""

class Cid610Code(_Code):
    """A code of CID 610 Water Type."""

class Cid611Code(_Code):
    """A code of CID 611 Anesthesia Category Code Type for Small Animal Anesthesia (with the codes of the groups it includes)."""

class Cid612Code(Cid611Code):
    """A code of CID 612 Anesthesia Category Code Type from Anesthesia Quality Initiative."""

class Cid613Code(_Code):
    """A code of CID 613 Anesthesia Induction Code Type for Small Animal Anesthesia (with the codes of the groups it includes)."""

class Cid614Code(Cid613Code):
    """A code of CID 614 Anesthesia Induction Code Type from Anesthesia Quality Initiative."""

class Cid615Code(_Code):
    """A code of CID 615 Anesthesia Maintenance Code Type for Small Animal Anesthesia (with the codes of the groups it includes)."""

class Cid616Code(Cid615Code):
    """A code of CID 616 Anesthesia Maintenance Code Type from Anesthesia Quality Initiative."""

class Cid617Code(_Code):
    """A code of CID 617 Airway Management Method Code Type for Small Animal Anesthesia (with the codes of the groups it includes)."""

class Cid618Code(Cid617Code):
    """A code of CID 618 Airway Management Method Code Type from Anesthesia Quality Initiative."""

class Cid619Code(_Code):
    """A code of CID 619 Airway Management Sub-Method Code Type for Small Animal Anesthesia (with the codes of the groups it includes)."""

class Cid620Code(Cid619Code):
    """A code of CID 620 Airway Management Sub-Method Code Type from Anesthesia Quality Initiative."""

class Cid621Code(_Code):
    """A code of CID 621 Medication Type for Small Animal Anesthesia (with the codes of the groups it includes)."""

class Cid622Code(Cid621Code):
    """A code of CID 622 Medication Type Code Type from Anesthesia Quality Initiative."""

class Cid623Code(_Code):
    """A code of CID 623 Medication for Small Animal Anesthesia (with the codes of the groups it includes)."""

class Cid624Code(Cid623Code):
    """A code of CID 624 Inhalational Anesthesia Agent for Small Animal Anesthesia."""

class Cid625Code(Cid623Code):
    """A code of CID 625 Injectable Anesthesia Agent for Small Animal Anesthesia."""

class Cid626Code(Cid623Code):
    """A code of CID 626 Premedication Agent for Small Animal Anesthesia."""

class Cid627Code(Cid623Code):
    """A code of CID 627 Neuromuscular Blocking Agent for Small Animal Anesthesia."""

class Cid628Code(Cid623Code):
    """A code of CID 628 Ancillary Medications for Small Animal Anesthesia."""

class Cid629Code(Cid623Code):
    """A code of CID 629 Carrier Gases for Small Animal Anesthesia."""

class Cid630Code(Cid623Code):
    """A code of CID 630 Local Anesthetics for Small Animal Anesthesia."""

class Cid631Code(_Code):
    """A code of CID 631 Procedure Phase Requiring Anesthesia (with the codes of the groups it includes)."""

class Cid632Code(Cid631Code):
    """A code of CID 632 Surgical Procedure Phase Requiring Anesthesia."""

class Cid633Code(_Code):
    """A code of CID 633 Phase of Imaging Procedure Requiring Anesthesia (Retired)."""

class Cid634Code(_Code):
    """A code of CID 634 Animal Handling Phase."""

class Cid635Code(_Code):
    """A code of CID 635 Heating Method."""

class Cid636Code(_Code):
    """A code of CID 636 Temperature Sensor Device Component Type for Small Animal Procedure."""

class Cid637Code(_Code):
    """A code of CID 637 Exogenous Substance Type."""

class Cid638Code(_Code):
    """A code of CID 638 Exogenous Substance (with the codes of the groups it includes)."""

class Cid639Code(Cid638Code):
    """A code of CID 639 Tumor Graft Histologic Type."""

class Cid640Code(Cid638Code):
    """A code of CID 640 Fibril."""

class Cid641Code(Cid638Code):
    """A code of CID 641 Virus."""

class Cid642Code(Cid638Code):
    """A code of CID 642 Cytokine."""

class Cid643Code(Cid638Code):
    """A code of CID 643 Toxin."""

class Cid644Code(Cid8134Code):
    """A code of CID 644 Exogenous Substance Administration Site."""

class Cid645Code(Cid8134Code):
    """A code of CID 645 Exogenous Substance Origin Tissue."""

class Cid646Code(_Code):
    """A code of CID 646 Preclinical Small Animal Imaging Procedure."""

class Cid647Code(_Code):
    """A code of CID 647 Position Reference Indicator for Frame of Reference."""

class Cid701Code(_Code):
    """A code of CID 701 Content Assessment Type (with the codes of the groups it includes)."""

class Cid702Code(Cid701Code):
    """A code of CID 702 RT Content Assessment Type."""

class Cid703Code(_Code):
    """A code of CID 703 Assessment Basis."""

class Cid800Code(_Code):
    """A code of CID 800 Protocol Assertion."""

class Cid1000Code(_Code):
    """A code of CID 1000 CT Transverse Plane Reference Basis (with the codes of the groups it includes)."""

class Cid1001Code(Cid1000Code):
    """A code of CID 1001 Anatomical Reference Basis (with the codes of the groups it includes)."""

class Cid1002Code(Cid1001Code, Cid8134Code):
    """A code of CID 1002 Anatomical Reference Basis - Head."""

class Cid1003Code(Cid1001Code):
    """A code of CID 1003 Anatomical Reference Basis - Spine."""

class Cid1004Code(Cid1001Code, Cid8134Code):
    """A code of CID 1004 Anatomical Reference Basis - Chest."""

class Cid1005Code(Cid1001Code, Cid8134Code):
    """A code of CID 1005 Anatomical Reference Basis - Abdomen/Pelvis."""

class Cid1006Code(Cid1001Code, Cid8134Code):
    """A code of CID 1006 Anatomical Reference Basis - Extremity."""

class Cid1010Code(_Code):
    """A code of CID 1010 Reference Geometry - Plane."""

class Cid1011Code(_Code):
    """A code of CID 1011 Reference Geometry - Point."""

class Cid1015Code(_Code):
    """A code of CID 1015 Patient Alignment Method."""

class Cid1200Code(_Code):
    """A code of CID 1200 Contraindications For CT Imaging."""

class Cid1201Code(_Code):
    """A code of CID 1201 Contraindications For XA Imaging."""

class Cid3000Code(_Code):
    """A code of CID 3000 Audio Channel Source."""

class Cid3001Code(_Code):
    """A code of CID 3001 ECG Lead."""

class Cid3003Code(_Code):
    """A code of CID 3003 Hemodynamic Waveform Source."""

class Cid3004Code(_Code):
    """A code of CID 3004 Arterial Pulse Waveform."""

class Cid3005Code(_Code):
    """A code of CID 3005 Respiration Waveform."""

class Cid4042Code(Cid4Code):
    """A code of CID 4042 XA/XRF Anatomy Imaged (with the codes of the groups it includes)."""

class Cid3010Code(Cid4042Code):
    """A code of CID 3010 Cardiovascular Anatomic Structure."""

class Cid3011Code(Cid8134Code):
    """A code of CID 3011 Electrophysiology Anatomic Location."""

class Cid3604Code(_Code):
    """A code of CID 3604 Arterial Lesion Location (with the codes of the groups it includes)."""

class Cid3827Code(Cid7192Code):
    """A code of CID 3827 Vessel Segment (with the codes of the groups it includes)."""

class Cid6102Code(_Code):
    """A code of CID 6102 Chest Finding or Feature Modifier (with the codes of the groups it includes)."""

class Cid6109Code(Cid6102Code):
    """A code of CID 6109 Radiographic Anatomy Finding or Feature (with the codes of the groups it includes)."""

class Cid6117Code(Cid6109Code, Cid8134Code, Cid7192Code):
    """A code of CID 6117 Vascular Anatomy (with the codes of the groups it includes)."""

class Cid3015Code(Cid6117Code, Cid3827Code, Cid3604Code):
    """A code of CID 3015 Coronary Artery (with the codes of the groups it includes)."""

class Cid3014Code(Cid3015Code):
    """A code of CID 3014 Coronary Artery Segment."""

class Cid3016Code(Cid3015Code):
    """A code of CID 3016 Major Coronary Artery."""

class Cid3020Code(_Code):
    """A code of CID 3020 Assessment from CAD-RADS™."""

class Cid3021Code(_Code):
    """A code of CID 3021 CAD-RADS™ Stenosis Assessment Modifier."""

class Cid3022Code(_Code):
    """A code of CID 3022 CAD-RADS™ Assessment Modifier."""

class Cid3030Code(_Code):
    """A code of CID 3030 EEG Lead."""

class Cid3031Code(_Code):
    """A code of CID 3031 Lead Location Near or in Muscle."""

class Cid3032Code(_Code):
    """A code of CID 3032 Lead Location Near Peripheral Nerve."""

class Cid3033Code(_Code):
    """A code of CID 3033 EOG Lead."""

class Cid3034Code(_Code):
    """A code of CID 3034 Body Position Channel."""

class Cid3035Code(_Code):
    """A code of CID 3035 EEG Annotation – Neurophysiologic Enumeration (with the codes of the groups it includes)."""

class Cid3036Code(_Code):
    """A code of CID 3036 EMG Annotation – Neurophysiological Enumeration."""

class Cid3037Code(_Code):
    """A code of CID 3037 EOG Annotation – Neurophysiological Enumeration."""

class Cid3038Code(_Code):
    """A code of CID 3038 Pattern Event."""

class Cid3039Code(_Code):
    """A code of CID 3039 Device-related and Environment-related Event."""

class Cid3040Code(_Code):
    """A code of CID 3040 EEG Annotation - Neurological Monitoring Measurement."""

class Cid3041Code(_Code):
    """A code of CID 3041 Neurophysiologic Stimulation Mode."""

class Cid3042Code(_Code):
    """A code of CID 3042 Analog Waveform Filter."""

class Cid3043Code(_Code):
    """A code of CID 3043 Digital Waveform Filter."""

class Cid3044Code(_Code):
    """A code of CID 3044 Waveform Filter Lookup Table Input Frequency Unit."""

class Cid3045Code(_Code):
    """A code of CID 3045 Waveform Filter Lookup Table Output Magnitude Unit."""

class Cid3046Code(Cid3035Code):
    """A code of CID 3046 Sleep Stage."""

class Cid3047Code(_Code):
    """A code of CID 3047 Waveform Annotation Classification."""

class Cid3048Code(_Code):
    """A code of CID 3048 Waveform Annotations Document Title."""

class Cid3049Code(_Code):
    """A code of CID 3049 EEG Procedure."""

class Cid3050Code(_Code):
    """A code of CID 3050 Patient Consciousness."""

class Cid3082Code(_Code):
    """A code of CID 3082 Cardiology Measurement Unit (Retired)."""

class Cid3083Code(_Code):
    """A code of CID 3083 Radioactivity Unit."""

class Cid3090Code(_Code):
    """A code of CID 3090 Time Synchronization Channel Type."""

class Cid3101Code(_Code):
    """A code of CID 3101 Cardiac Procedural State Value."""

class Cid10045Code(_Code):
    """A code of CID 10045 Radiopharmaceutical Patient State (with the codes of the groups it includes)."""

class Cid3102Code(Cid10045Code):
    """A code of CID 3102 Rest/Stress State."""

class Cid3104Code(_Code):
    """A code of CID 3104 Cardiac Synchronization Technique."""

class Cid3106Code(_Code):
    """A code of CID 3106 PET Cardiology Protocol."""

class Cid3107Code(_Code):
    """A code of CID 3107 PET Cardiology Radiopharmaceutical."""

class Cid3108Code(_Code):
    """A code of CID 3108 NM/PET Procedure."""

class Cid3110Code(_Code):
    """A code of CID 3110 Nuclear Cardiology Protocol."""

class Cid3111Code(_Code):
    """A code of CID 3111 Nuclear Cardiology Radiopharmaceutical."""

class Cid3112Code(_Code):
    """A code of CID 3112 Attenuation Correction."""

class Cid3113Code(_Code):
    """A code of CID 3113 Perfusion Defect Type."""

class Cid3114Code(_Code):
    """A code of CID 3114 Study Quality."""

class Cid3115Code(_Code):
    """A code of CID 3115 Stress Imaging Quality Issue."""

class Cid3116Code(_Code):
    """A code of CID 3116 NM Extracardiac Finding."""

class Cid3117Code(_Code):
    """A code of CID 3117 Attenuation Correction Method."""

class Cid3118Code(_Code):
    """A code of CID 3118 Level of Risk."""

class Cid3119Code(_Code):
    """A code of CID 3119 LV Function."""

class Cid3120Code(_Code):
    """A code of CID 3120 Perfusion Finding."""

class Cid3121Code(_Code):
    """A code of CID 3121 Perfusion Morphology."""

class Cid3122Code(_Code):
    """A code of CID 3122 Ventricular Enlargement."""

class Cid3200Code(_Code):
    """A code of CID 3200 Stress Test Procedure."""

class Cid3201Code(_Code):
    """A code of CID 3201 Indications for Stress Test."""

class Cid3220Code(_Code):
    """A code of CID 3220 Stress Symptom (with the codes of the groups it includes)."""

class Cid3202Code(Cid3220Code):
    """A code of CID 3202 Chest Pain."""

class Cid3203Code(_Code):
    """A code of CID 3203 Exerciser Device."""

class Cid3204Code(_Code):
    """A code of CID 3204 Stress Agent."""

class Cid3205Code(_Code):
    """A code of CID 3205 Indications for Pharmacological Stress Test."""

class Cid3206Code(_Code):
    """A code of CID 3206 Non-invasive Cardiac Imaging Procedure."""

class Cid12002Code(_Code):
    """A code of CID 12002 Ultrasound Protocol Stage Type (with the codes of the groups it includes)."""

class Cid3207Code(Cid12002Code):
    """A code of CID 3207 Stress Test Procedure Phase."""

class Cid3208Code(_Code):
    """A code of CID 3208 Exercise ECG Summary Code."""

class Cid3209Code(_Code):
    """A code of CID 3209 Stress Imaging Summary Code."""

class Cid3210Code(_Code):
    """A code of CID 3210 Speed of Response."""

class Cid3211Code(_Code):
    """A code of CID 3211 BP Response."""

class Cid3212Code(_Code):
    """A code of CID 3212 Treadmill Speed."""

class Cid3213Code(_Code):
    """A code of CID 3213 Stress Hemodynamic Finding."""

class Cid3215Code(_Code):
    """A code of CID 3215 Perfusion Finding Method."""

class Cid3217Code(_Code):
    """A code of CID 3217 Comparison Finding."""

class Cid3221Code(_Code):
    """A code of CID 3221 Stress Test Termination Reason."""

class Cid3227Code(_Code):
    """A code of CID 3227 QTc Measurement."""

class Cid3228Code(_Code):
    """A code of CID 3228 ECG Timing Measurement."""

class Cid3229Code(_Code):
    """A code of CID 3229 ECG Axis Measurement."""

class Cid3230Code(_Code):
    """A code of CID 3230 ECG Finding."""

class Cid3231Code(_Code):
    """A code of CID 3231 ST Segment Finding."""

class Cid3232Code(_Code):
    """A code of CID 3232 ST Segment Location."""

class Cid3233Code(_Code):
    """A code of CID 3233 ST Segment Morphology."""

class Cid3234Code(_Code):
    """A code of CID 3234 Ectopic Beat Morphology."""

class Cid3235Code(_Code):
    """A code of CID 3235 Perfusion Comparison Finding."""

class Cid3236Code(_Code):
    """A code of CID 3236 Tolerance Comparison Finding."""

class Cid3237Code(_Code):
    """A code of CID 3237 Wall Motion Comparison Finding."""

class Cid3238Code(_Code):
    """A code of CID 3238 Stress Scoring Scale."""

class Cid3239Code(_Code):
    """A code of CID 3239 Perceived Exertion Scale."""

class Cid3240Code(_Code):
    """A code of CID 3240 Electrophysiology Measurement Function/Technique."""

class Cid3241Code(_Code):
    """A code of CID 3241 Hemodynamic Measurement Technique."""

class Cid3405Code(_Code):
    """A code of CID 3405 Procedure Action Value (with the codes of the groups it includes)."""

class Cid3250Code(Cid3405Code):
    """A code of CID 3250 Catheterization Procedure Phase."""

class Cid3254Code(_Code):
    """A code of CID 3254 Electrophysiology Procedure Phase."""

class Cid12001Code(_Code):
    """A code of CID 12001 Ultrasound Protocol Type (with the codes of the groups it includes)."""

class Cid3261Code(Cid12001Code):
    """A code of CID 3261 Stress Protocol."""

class Cid3262Code(_Code):
    """A code of CID 3262 ECG Patient State Value."""

class Cid3263Code(_Code):
    """A code of CID 3263 Electrode Placement Value."""

class Cid3264Code(_Code):
    """A code of CID 3264 XYZ Electrode Placement Values (Retired)."""

class Cid3271Code(Cid91Code):
    """A code of CID 3271 Hemodynamic Physiological Challenge."""

class Cid3335Code(_Code):
    """A code of CID 3335 ECG Annotation."""

class Cid3337Code(_Code):
    """A code of CID 3337 Hemodynamic Annotation."""

class Cid3339Code(_Code):
    """A code of CID 3339 Electrophysiology Annotation."""

class Cid3400Code(_Code):
    """A code of CID 3400 Procedure Log Title."""

class Cid3401Code(_Code):
    """A code of CID 3401 Log Note Type."""

class Cid3402Code(_Code):
    """A code of CID 3402 Patient Status and Event."""

class Cid3403Code(_Code):
    """A code of CID 3403 Percutaneous Entry (with the codes of the groups it includes)."""

class Cid3404Code(_Code):
    """A code of CID 3404 Staff Action."""

class Cid3406Code(Cid3405Code):
    """A code of CID 3406 Non-coronary Transcatheter Intervention."""

class Cid3407Code(_Code):
    """A code of CID 3407 Object Reference Purpose."""

class Cid3408Code(_Code):
    """A code of CID 3408 Consumable Action."""

class Cid3409Code(_Code):
    """A code of CID 3409 Drug/Contrast Administration."""

class Cid3410Code(_Code):
    """A code of CID 3410 Drug/Contrast Numeric Parameter."""

class Cid3429Code(_Code):
    """A code of CID 3429 Catheterization Device (with the codes of the groups it includes)."""

class Cid3411Code(Cid3429Code):
    """A code of CID 3411 Intracoronary Device."""

class Cid3412Code(_Code):
    """A code of CID 3412 Intervention Action/Status."""

class Cid3413Code(_Code):
    """A code of CID 3413 Adverse Outcome (with the codes of the groups it includes)."""

class Cid3414Code(_Code):
    """A code of CID 3414 Procedure Urgency."""

class Cid3415Code(_Code):
    """A code of CID 3415 Cardiac Rhythm."""

class Cid3416Code(_Code):
    """A code of CID 3416 Respiration Rhythm."""

class Cid3418Code(_Code):
    """A code of CID 3418 Lesion Risk."""

class Cid3419Code(_Code):
    """A code of CID 3419 Finding Title."""

class Cid3421Code(_Code):
    """A code of CID 3421 Procedure Action."""

class Cid3422Code(_Code):
    """A code of CID 3422 Device Use Action."""

class Cid3423Code(_Code):
    """A code of CID 3423 Numeric Device Characteristic."""

class Cid3425Code(_Code):
    """A code of CID 3425 Intervention Parameter."""

class Cid3426Code(_Code):
    """A code of CID 3426 Consumables Parameter."""

class Cid3427Code(_Code):
    """A code of CID 3427 Equipment Event."""

class Cid3428Code(Cid3405Code):
    """A code of CID 3428 Cardiovascular Imaging Procedure."""

class Cid3430Code(_Code):
    """A code of CID 3430 DateTime Qualifier."""

class Cid3440Code(_Code):
    """A code of CID 3440 Peripheral Pulse Location."""

class Cid3441Code(_Code):
    """A code of CID 3441 Patient Assessment."""

class Cid3442Code(_Code):
    """A code of CID 3442 Peripheral Pulse Method."""

class Cid3446Code(_Code):
    """A code of CID 3446 Skin Condition."""

class Cid3448Code(_Code):
    """A code of CID 3448 Airway Assessment."""

class Cid3451Code(Cid4051Code):
    """A code of CID 3451 Calibration Object."""

class Cid3452Code(_Code):
    """A code of CID 3452 Calibration Method."""

class Cid3453Code(_Code):
    """A code of CID 3453 Cardiac Volume Method."""

class Cid3455Code(_Code):
    """A code of CID 3455 Index Method."""

class Cid3456Code(_Code):
    """A code of CID 3456 Sub-segment Method."""

class Cid3458Code(_Code):
    """A code of CID 3458 Contour Realignment."""

class Cid3460Code(_Code):
    """A code of CID 3460 Circumferential Extent."""

class Cid3461Code(_Code):
    """A code of CID 3461 Regional Extent."""

class Cid3462Code(_Code):
    """A code of CID 3462 Chamber Identification."""

class Cid3463Code(_Code):
    """A code of CID 3463 Ventricle Identification."""

class Cid3465Code(_Code):
    """A code of CID 3465 QA Reference Method."""

class Cid3466Code(_Code):
    """A code of CID 3466 Plane Identification."""

class Cid3467Code(_Code):
    """A code of CID 3467 Ejection Fraction."""

class Cid3835Code(_Code):
    """A code of CID 3835 Cardiac Volume Measurement (with the codes of the groups it includes)."""

class Cid3468Code(Cid3835Code):
    """A code of CID 3468 ED Volume."""

class Cid3469Code(Cid3835Code):
    """A code of CID 3469 ES Volume."""

class Cid3470Code(_Code):
    """A code of CID 3470 Vessel Lumen Cross-sectional Area Calculation Method."""

class Cid3471Code(_Code):
    """A code of CID 3471 Estimated Volume."""

class Cid3472Code(_Code):
    """A code of CID 3472 Cardiac Contraction Phase."""

class Cid3480Code(_Code):
    """A code of CID 3480 IVUS Procedure Phase."""

class Cid3481Code(_Code):
    """A code of CID 3481 IVUS Distance Measurement."""

class Cid3482Code(_Code):
    """A code of CID 3482 IVUS Area Measurement."""

class Cid3483Code(_Code):
    """A code of CID 3483 IVUS Longitudinal Measurement."""

class Cid3484Code(_Code):
    """A code of CID 3484 IVUS Index/Ratio."""

class Cid3485Code(_Code):
    """A code of CID 3485 IVUS Volume Measurement."""

class Cid3486Code(_Code):
    """A code of CID 3486 Vascular Measurement Site."""

class Cid3487Code(_Code):
    """A code of CID 3487 Intravascular Volumetric Region."""

class Cid3838Code(_Code):
    """A code of CID 3838 Diameter Derivation (with the codes of the groups it includes)."""

class Cid7464Code(_Code):
    """A code of CID 7464 General Region of Interest Measurement Modifier (with the codes of the groups it includes)."""

class Cid10072Code(_Code):
    """A code of CID 10072 Reported Value Type (with the codes of the groups it includes)."""

class Cid3488Code(Cid10072Code, Cid7464Code, Cid3838Code):
    """A code of CID 3488 Min/Max/Mean."""

class Cid3489Code(_Code):
    """A code of CID 3489 Calcium Distribution."""

class Cid3491Code(_Code):
    """A code of CID 3491 IVUS Lesion Morphology (with the codes of the groups it includes)."""

class Cid3492Code(_Code):
    """A code of CID 3492 Vascular Dissection Classification."""

class Cid3493Code(_Code):
    """A code of CID 3493 IVUS Relative Stenosis Severity."""

class Cid3494Code(_Code):
    """A code of CID 3494 IVUS Non Morphological Finding."""

class Cid3497Code(_Code):
    """A code of CID 3497 IVUS Arterial Morphology (with the codes of the groups it includes)."""

class Cid3495Code(Cid3497Code, Cid3491Code):
    """A code of CID 3495 IVUS Plaque Composition."""

class Cid7111Code(_Code):
    """A code of CID 7111 Fiducial (with the codes of the groups it includes)."""

class Cid3496Code(Cid7111Code):
    """A code of CID 3496 IVUS Fiducial Point."""

class Cid3500Code(Cid7181Code):
    """A code of CID 3500 Pressure Unit."""

class Cid3502Code(Cid7181Code):
    """A code of CID 3502 Hemodynamic Resistance Unit."""

class Cid3503Code(Cid7181Code):
    """A code of CID 3503 Indexed Hemodynamic Resistance Unit."""

class Cid3510Code(_Code):
    """A code of CID 3510 Catheter Size Unit."""

class Cid3515Code(_Code):
    """A code of CID 3515 Specimen Collection."""

class Cid3520Code(_Code):
    """A code of CID 3520 Blood Source Type."""

class Cid3524Code(_Code):
    """A code of CID 3524 Blood Gas Pressure."""

class Cid3525Code(_Code):
    """A code of CID 3525 Blood Gas Content."""

class Cid3526Code(_Code):
    """A code of CID 3526 Blood Gas Saturation."""

class Cid3527Code(_Code):
    """A code of CID 3527 Blood Base Excess."""

class Cid3528Code(_Code):
    """A code of CID 3528 Blood pH."""

class Cid3529Code(_Code):
    """A code of CID 3529 Arterial / Venous Content."""

class Cid3530Code(_Code):
    """A code of CID 3530 Oxygen Administration Action."""

class Cid3531Code(_Code):
    """A code of CID 3531 Oxygen Administration."""

class Cid3550Code(_Code):
    """A code of CID 3550 Circulatory Support Action."""

class Cid3551Code(_Code):
    """A code of CID 3551 Ventilation Action."""

class Cid3552Code(_Code):
    """A code of CID 3552 Pacing Action."""

class Cid3553Code(_Code):
    """A code of CID 3553 Circulatory Support."""

class Cid3554Code(_Code):
    """A code of CID 3554 Ventilation."""

class Cid3555Code(_Code):
    """A code of CID 3555 Pacing."""

class Cid3560Code(_Code):
    """A code of CID 3560 Blood Pressure Method."""

class Cid3600Code(_Code):
    """A code of CID 3600 Relative Time."""

class Cid3602Code(_Code):
    """A code of CID 3602 Hemodynamic Patient State."""

class Cid3630Code(_Code):
    """A code of CID 3630 Cardiovascular Anatomic Location (with the codes of the groups it includes)."""

class Cid3606Code(Cid3630Code, Cid3604Code):
    """A code of CID 3606 Arterial Source Location."""

class Cid3607Code(Cid3630Code):
    """A code of CID 3607 Venous Source Location."""

class Cid3608Code(Cid3630Code):
    """A code of CID 3608 Atrial Source Location."""

class Cid3609Code(Cid3630Code):
    """A code of CID 3609 Ventricular Source Location."""

class Cid3610Code(Cid3630Code):
    """A code of CID 3610 Gradient Source Location."""

class Cid3611Code(_Code):
    """A code of CID 3611 Pressure Measurement."""

class Cid12263Code(_Code):
    """A code of CID 12263 Cardiac Ultrasound Venous Return Pulmonary Measurement (with the codes of the groups it includes)."""

class Cid12261Code(Cid12263Code):
    """A code of CID 12261 Cardiac Ultrasound Pulmonary Vein (with the codes of the groups it includes)."""

class Cid12264Code(_Code):
    """A code of CID 12264 Cardiac Ultrasound Venous Return Systemic Measurement (with the codes of the groups it includes)."""

class Cid12268Code(_Code):
    """A code of CID 12268 Cardiac Ultrasound Atrioventricular Valve Measurement (with the codes of the groups it includes)."""

class Cid12266Code(Cid12268Code):
    """A code of CID 12266 Cardiac Ultrasound Mitral Valve Measurement (with the codes of the groups it includes)."""

class Cid12267Code(Cid12268Code):
    """A code of CID 12267 Cardiac Ultrasound Tricuspid Valve Measurement (with the codes of the groups it includes)."""

class Cid12276Code(_Code):
    """A code of CID 12276 Cardiac Ultrasound Aorto Pulmonary Connection Measurement (with the codes of the groups it includes)."""

class Cid3612Code(Cid12276Code, Cid12267Code, Cid12266Code, Cid12264Code, Cid12261Code):
    """A code of CID 3612 Blood Velocity Measurement."""

class Cid3613Code(_Code):
    """A code of CID 3613 Hemodynamic Time Measurement."""

class Cid3615Code(_Code):
    """A code of CID 3615 Valve Area (with the codes of the groups it includes)."""

class Cid3614Code(Cid3615Code):
    """A code of CID 3614 Non-mitral Valve Area."""

class Cid3616Code(_Code):
    """A code of CID 3616 Hemodynamic Period Measurement."""

class Cid3617Code(_Code):
    """A code of CID 3617 Valve Flow."""

class Cid3618Code(_Code):
    """A code of CID 3618 Hemodynamic Flow."""

class Cid3619Code(_Code):
    """A code of CID 3619 Hemodynamic Resistance Measurement."""

class Cid3620Code(_Code):
    """A code of CID 3620 Hemodynamic Ratio (with the codes of the groups it includes)."""

class Cid3621Code(Cid3620Code):
    """A code of CID 3621 Fractional Flow Reserve."""

class Cid3627Code(_Code):
    """A code of CID 3627 Measurement Type."""

class Cid3628Code(_Code):
    """A code of CID 3628 Cardiac Output Method."""

class Cid3629Code(_Code):
    """A code of CID 3629 Procedure Intent."""

class Cid3640Code(_Code):
    """A code of CID 3640 Hypertension."""

class Cid3641Code(_Code):
    """A code of CID 3641 Hemodynamic Assessment."""

class Cid3642Code(_Code):
    """A code of CID 3642 Degree Finding."""

class Cid3651Code(_Code):
    """A code of CID 3651 Hemodynamic Measurement Phase."""

class Cid3663Code(_Code):
    """A code of CID 3663 Body Surface Area Equation."""

class Cid3664Code(_Code):
    """A code of CID 3664 Oxygen Consumption Equation/Table."""

class Cid3666Code(_Code):
    """A code of CID 3666 P50 Equation."""

class Cid3667Code(_Code):
    """A code of CID 3667 Framingham Score."""

class Cid3668Code(_Code):
    """A code of CID 3668 Framingham Table."""

class Cid3670Code(_Code):
    """A code of CID 3670 ECG Procedure Type."""

class Cid3671Code(_Code):
    """A code of CID 3671 Reason for ECG Study."""

class Cid3672Code(_Code):
    """A code of CID 3672 Pacemaker."""

class Cid3673Code(_Code):
    """A code of CID 3673 Diagnosis (Retired)."""

class Cid3675Code(_Code):
    """A code of CID 3675 Other Filters (Retired)."""

class Cid3676Code(_Code):
    """A code of CID 3676 Lead Measurement Technique."""

class Cid3677Code(_Code):
    """A code of CID 3677 Summary Codes ECG."""

class Cid3678Code(_Code):
    """A code of CID 3678 QT Correction Algorithm."""

class Cid3679Code(_Code):
    """A code of CID 3679 ECG Morphology Description (Retired)."""

class Cid3680Code(_Code):
    """A code of CID 3680 ECG Lead Noise Description."""

class Cid3681Code(_Code):
    """A code of CID 3681 ECG Lead Noise Modifier (Retired)."""

class Cid3682Code(_Code):
    """A code of CID 3682 Probability (Retired)."""

class Cid3683Code(_Code):
    """A code of CID 3683 Modifier (Retired)."""

class Cid3684Code(_Code):
    """A code of CID 3684 Trend (Retired)."""

class Cid3685Code(_Code):
    """A code of CID 3685 Conjunctive Term (Retired)."""

class Cid3686Code(_Code):
    """A code of CID 3686 ECG Interpretive Statement (Retired)."""

class Cid3687Code(_Code):
    """A code of CID 3687 Electrophysiology Waveform Duration."""

class Cid3688Code(_Code):
    """A code of CID 3688 Electrophysiology Waveform Voltage."""

class Cid3689Code(_Code):
    """A code of CID 3689 ECG Global Waveform Duration."""

class Cid3690Code(_Code):
    """A code of CID 3690 ECG Control Numeric Variable."""

class Cid3691Code(_Code):
    """A code of CID 3691 ECG Control Text Variable."""

class Cid3692Code(_Code):
    """A code of CID 3692 ICD."""

class Cid3700Code(_Code):
    """A code of CID 3700 Cath Diagnosis."""

class Cid3701Code(_Code):
    """A code of CID 3701 Cardiac Valve/Tract."""

class Cid3703Code(_Code):
    """A code of CID 3703 Wall Motion."""

class Cid3704Code(_Code):
    """A code of CID 3704 Myocardium Wall Morphology Finding."""

class Cid3705Code(_Code):
    """A code of CID 3705 Chamber Size."""

class Cid3706Code(_Code):
    """A code of CID 3706 Overall Contractility."""

class Cid3707Code(_Code):
    """A code of CID 3707 VSD Description."""

class Cid3709Code(_Code):
    """A code of CID 3709 Aortic Root Description."""

class Cid3710Code(_Code):
    """A code of CID 3710 Coronary Dominance."""

class Cid3711Code(_Code):
    """A code of CID 3711 Valvular Abnormality."""

class Cid3712Code(_Code):
    """A code of CID 3712 Vessel Descriptor."""

class Cid3713Code(_Code):
    """A code of CID 3713 TIMI Flow Characteristic."""

class Cid3714Code(_Code):
    """A code of CID 3714 Thrombus."""

class Cid3715Code(_Code):
    """A code of CID 3715 Lesion Margin."""

class Cid3716Code(_Code):
    """A code of CID 3716 Severity."""

class Cid3717Code(_Code):
    """A code of CID 3717 Left Ventricle Myocardial Wall 17 Segment Model (with the codes of the groups it includes)."""

class Cid3718Code(_Code):
    """A code of CID 3718 Myocardial Wall Segments in Projection."""

class Cid3719Code(_Code):
    """A code of CID 3719 Canadian Clinical Classification."""

class Cid3720Code(_Code):
    """A code of CID 3720 Cardiac History Date (Retired)."""

class Cid3721Code(_Code):
    """A code of CID 3721 Cardiovascular Surgery."""

class Cid3722Code(_Code):
    """A code of CID 3722 Diabetic Therapy."""

class Cid3723Code(_Code):
    """A code of CID 3723 MI Type."""

class Cid3724Code(_Code):
    """A code of CID 3724 Smoking History."""

class Cid3726Code(_Code):
    """A code of CID 3726 Coronary Intervention Indication."""

class Cid3727Code(_Code):
    """A code of CID 3727 Catheterization Indication."""

class Cid3728Code(_Code):
    """A code of CID 3728 Cath Finding."""

class Cid3729Code(_Code):
    """A code of CID 3729 Admission Status."""

class Cid3730Code(_Code):
    """A code of CID 3730 Insurance Payor."""

class Cid3733Code(_Code):
    """A code of CID 3733 Primary Cause of Death."""

class Cid3735Code(_Code):
    """A code of CID 3735 Acute Coronary Syndrome Time Period."""

class Cid3736Code(_Code):
    """A code of CID 3736 NYHA Classification."""

class Cid3737Code(_Code):
    """A code of CID 3737 Ischemia Non-invasive Test."""

class Cid3738Code(_Code):
    """A code of CID 3738 Pre-Cath Angina Type."""

class Cid3739Code(_Code):
    """A code of CID 3739 Cath Procedure Type."""

class Cid3740Code(_Code):
    """A code of CID 3740 Thrombolytic Administration."""

class Cid3741Code(_Code):
    """A code of CID 3741 Lab Visit Medication Administration."""

class Cid3742Code(_Code):
    """A code of CID 3742 PCI Medication Administration."""

class Cid3743Code(_Code):
    """A code of CID 3743 Clopidogrel/Ticlopidine Administration."""

class Cid3744Code(_Code):
    """A code of CID 3744 EF Testing Method."""

class Cid3745Code(_Code):
    """A code of CID 3745 Calculation Method."""

class Cid3746Code(Cid3403Code):
    """A code of CID 3746 Percutaneous Entry Site."""

class Cid3747Code(Cid3403Code):
    """A code of CID 3747 Percutaneous Closure."""

class Cid3748Code(_Code):
    """A code of CID 3748 Angiographic EF Testing Method."""

class Cid3749Code(_Code):
    """A code of CID 3749 PCI Procedure Result."""

class Cid3750Code(_Code):
    """A code of CID 3750 Previously Dilated Lesion."""

class Cid3752Code(_Code):
    """A code of CID 3752 Guidewire Crossing."""

class Cid3754Code(Cid3413Code):
    """A code of CID 3754 Vascular Complication."""

class Cid3755Code(Cid3413Code):
    """A code of CID 3755 Cath Complication."""

class Cid3756Code(_Code):
    """A code of CID 3756 Cardiac Patient Risk Factor."""

class Cid3757Code(_Code):
    """A code of CID 3757 Cardiac Diagnostic Procedure."""

class Cid3758Code(_Code):
    """A code of CID 3758 Cardiovascular Family History."""

class Cid3760Code(_Code):
    """A code of CID 3760 Hypertension Therapy."""

class Cid3761Code(_Code):
    """A code of CID 3761 Antilipemic Agent."""

class Cid3762Code(_Code):
    """A code of CID 3762 Antiarrhythmic Agent."""

class Cid3764Code(_Code):
    """A code of CID 3764 Myocardial Infarction Therapy."""

class Cid3769Code(_Code):
    """A code of CID 3769 Concern Type."""

class Cid3770Code(_Code):
    """A code of CID 3770 Problem Status."""

class Cid3772Code(_Code):
    """A code of CID 3772 Health Status."""

class Cid3773Code(_Code):
    """A code of CID 3773 Use Status."""

class Cid3774Code(_Code):
    """A code of CID 3774 Social History."""

class Cid3777Code(_Code):
    """A code of CID 3777 Implanted Device."""

class Cid3778Code(_Code):
    """A code of CID 3778 Stage."""

class Cid3780Code(_Code):
    """A code of CID 3780 Left Ventricle Myocardial Wall 16 Segment Model (Retired)."""

class Cid3781Code(_Code):
    """A code of CID 3781 Left Ventricle Myocardial Wall 18 Segment Model (with the codes of the groups it includes)."""

class Cid3782Code(Cid3781Code, Cid3717Code):
    """A code of CID 3782 Left Ventricle Basal Wall 6 Segments."""

class Cid3783Code(Cid3781Code, Cid3717Code):
    """A code of CID 3783 Left Ventricle Midlevel Wall 6 Segments."""

class Cid3784Code(Cid3717Code):
    """A code of CID 3784 Left Ventricle Apical Wall 4 Segments."""

class Cid3785Code(Cid3781Code):
    """A code of CID 3785 Left Ventricle Apical Wall 6 Segments."""

class Cid3802Code(_Code):
    """A code of CID 3802 Plaque Structure."""

class Cid3804Code(_Code):
    """A code of CID 3804 Stenosis Measurement Method."""

class Cid3805Code(_Code):
    """A code of CID 3805 Stenosis Type."""

class Cid3806Code(_Code):
    """A code of CID 3806 Stenosis Shape."""

class Cid3807Code(_Code):
    """A code of CID 3807 Volume Measurement Method."""

class Cid3808Code(_Code):
    """A code of CID 3808 Aneurysm Type."""

class Cid3809Code(_Code):
    """A code of CID 3809 Associated Condition."""

class Cid3810Code(_Code):
    """A code of CID 3810 Vascular Morphology."""

class Cid3813Code(_Code):
    """A code of CID 3813 Stent Finding."""

class Cid3814Code(_Code):
    """A code of CID 3814 Stent Composition."""

class Cid3815Code(_Code):
    """A code of CID 3815 Source of Vascular Finding."""

class Cid3817Code(_Code):
    """A code of CID 3817 Vascular Sclerosis Type."""

class Cid3820Code(_Code):
    """A code of CID 3820 Non-invasive Vascular Procedure."""

class Cid3821Code(_Code):
    """A code of CID 3821 Papillary Muscle Included/Excluded."""

class Cid9272Code(_Code):
    """A code of CID 9272 RT ROI Image Acquisition Context (with the codes of the groups it includes)."""

class Cid3823Code(Cid9272Code):
    """A code of CID 3823 Respiratory Status."""

class Cid3826Code(_Code):
    """A code of CID 3826 Heart Rhythm."""

class Cid3829Code(Cid7192Code):
    """A code of CID 3829 Pulmonary Artery."""

class Cid3831Code(_Code):
    """A code of CID 3831 Stenosis Length."""

class Cid3832Code(_Code):
    """A code of CID 3832 Stenosis Grade."""

class Cid3833Code(_Code):
    """A code of CID 3833 Cardiac Ejection Fraction."""

class Cid3836Code(_Code):
    """A code of CID 3836 Time-based Perfusion Measurement."""

class Cid3837Code(Cid7111Code):
    """A code of CID 3837 Fiducial Feature."""

class Cid3839Code(Cid3827Code):
    """A code of CID 3839 Coronary Vein."""

class Cid3840Code(Cid3827Code):
    """A code of CID 3840 Pulmonary Vein."""

class Cid3843Code(_Code):
    """A code of CID 3843 Myocardial Subsegment."""

class Cid4005Code(_Code):
    """A code of CID 4005 Partial View Section for Mammography."""

class Cid4009Code(_Code):
    """A code of CID 4009 DX Anatomy Imaged (with the codes of the groups it includes)."""

class Cid4010Code(Cid501Code):
    """A code of CID 4010 DX View."""

class Cid4011Code(Cid502Code):
    """A code of CID 4011 DX View Modifier."""

class Cid4012Code(_Code):
    """A code of CID 4012 Projection Eponymous Name."""

class Cid4013Code(_Code):
    """A code of CID 4013 Anatomic Region for Mammography."""

class Cid4014Code(_Code):
    """A code of CID 4014 View for Mammography."""

class Cid4015Code(_Code):
    """A code of CID 4015 View Modifier for Mammography."""

class Cid4016Code(_Code):
    """A code of CID 4016 Anatomic Region for Intra-oral Radiography."""

class Cid4017Code(_Code):
    """A code of CID 4017 Anatomic Region Modifier for Intra-oral Radiography."""

class Cid4026Code(_Code):
    """A code of CID 4026 Primary Anatomic Structure for Intra-oral and Craniofacial Radiography - Teeth (with the codes of the groups it includes)."""

class Cid4018Code(Cid4026Code):
    """A code of CID 4018 Primary Anatomic Structure for Intra-oral Radiography (Permanent Dentition - Designation of Teeth)."""

class Cid4019Code(Cid4026Code):
    """A code of CID 4019 Primary Anatomic Structure for Intra-oral Radiography (Deciduous Dentition - Designation of Teeth)."""

class Cid4020Code(_Code):
    """A code of CID 4020 PET Radionuclide."""

class Cid4021Code(_Code):
    """A code of CID 4021 PET Radiopharmaceutical."""

class Cid4025Code(Cid4026Code):
    """A code of CID 4025 Primary Anatomic Structure for Intra-oral Radiography (Supernumerary Dentition - Designation of Teeth)."""

class Cid4028Code(Cid8134Code, Cid7192Code):
    """A code of CID 4028 Craniofacial Anatomic Region."""

class Cid4029Code(Cid8134Code):
    """A code of CID 4029 Dermatology Anatomic Site."""

class Cid4030Code(Cid4Code):
    """A code of CID 4030 CT, MR and PET Anatomy Imaged (with the codes of the groups it includes)."""

class Cid4031Code(Cid4030Code, Cid4009Code, Cid4042Code):
    """A code of CID 4031 Common Anatomic Region."""

class Cid4032Code(_Code):
    """A code of CID 4032 MR Spectroscopy Metabolite (with the codes of the groups it includes)."""

class Cid7186Code(_Code):
    """A code of CID 7186 Abstract Multi-dimensional Image Model Qualitative Dimension Sample Semantic (with the codes of the groups it includes)."""

class Cid4033Code(Cid7186Code, Cid4032Code, Cid7180Code):
    """A code of CID 4033 MR Proton Spectroscopy Metabolite."""

class Cid4040Code(Cid4Code):
    """A code of CID 4040 Endoscopy Anatomic Region."""

class Cid4050Code(_Code):
    """A code of CID 4050 Drug or Contrast Agent Characteristic."""

class Cid4052Code(Cid4051Code):
    """A code of CID 4052 Phantom Device."""

class Cid4106Code(_Code):
    """A code of CID 4106 Quantitative Method Used for Perfusion and Tracer Kinetic Model (with the codes of the groups it includes)."""

class Cid4100Code(Cid4106Code):
    """A code of CID 4100 T1 Measurement Method."""

class Cid4101Code(Cid4106Code):
    """A code of CID 4101 Tracer Kinetic Model."""

class Cid4102Code(Cid4106Code):
    """A code of CID 4102 Perfusion Measurement Method."""

class Cid4103Code(Cid4106Code):
    """A code of CID 4103 Arterial Input Function Measurement Method."""

class Cid4104Code(Cid4106Code):
    """A code of CID 4104 Bolus Arrival Time Derivation Method."""

class Cid4105Code(Cid4106Code):
    """A code of CID 4105 Perfusion Analysis Method."""

class Cid4107Code(Cid7180Code):
    """A code of CID 4107 Tracer Kinetic Model Parameter."""

class Cid4108Code(Cid7180Code):
    """A code of CID 4108 Perfusion Model Parameter."""

class Cid4109Code(Cid7180Code):
    """A code of CID 4109 Model-Independent Dynamic Contrast Analysis Parameter."""

class Cid4110Code(_Code):
    """A code of CID 4110 Tracer Kinetic Modeling Covariate."""

class Cid4111Code(_Code):
    """A code of CID 4111 Contrast Characteristic."""

class Cid4200Code(_Code):
    """A code of CID 4200 Ophthalmic Imaging Agent."""

class Cid4201Code(_Code):
    """A code of CID 4201 Patient Eye Movement Command."""

class Cid4202Code(_Code):
    """A code of CID 4202 Ophthalmic Photography Acquisition Device."""

class Cid4203Code(_Code):
    """A code of CID 4203 Ophthalmic Photography Illumination."""

class Cid4204Code(_Code):
    """A code of CID 4204 Ophthalmic Filter."""

class Cid4205Code(_Code):
    """A code of CID 4205 Ophthalmic Lens."""

class Cid4206Code(_Code):
    """A code of CID 4206 Ophthalmic Channel Description."""

class Cid4207Code(_Code):
    """A code of CID 4207 Ophthalmic Image Position."""

class Cid4208Code(_Code):
    """A code of CID 4208 Mydriatic Agent."""

class Cid4209Code(Cid8134Code):
    """A code of CID 4209 Ophthalmic Anatomic Structure Imaged."""

class Cid4210Code(_Code):
    """A code of CID 4210 Ophthalmic Tomography Acquisition Device."""

class Cid4211Code(Cid8134Code):
    """A code of CID 4211 Ophthalmic OCT Anatomic Structure Imaged."""

class Cid4214Code(_Code):
    """A code of CID 4214 Ophthalmic Horizontal Direction."""

class Cid4215Code(_Code):
    """A code of CID 4215 Ophthalmic Vertical Direction."""

class Cid4216Code(_Code):
    """A code of CID 4216 Ophthalmic Visual Acuity Type."""

class Cid4220Code(_Code):
    """A code of CID 4220 Visual Fixation Quality During Acquisition."""

class Cid4222Code(_Code):
    """A code of CID 4222 Ophthalmic Macular Grid Problem (with the codes of the groups it includes)."""

class Cid4221Code(Cid4222Code):
    """A code of CID 4221 Visual Fixation Quality Problem."""

class Cid4230Code(_Code):
    """A code of CID 4230 Ophthalmic Ultrasound Axial Measurements Type."""

class Cid4231Code(_Code):
    """A code of CID 4231 Lens Status."""

class Cid4232Code(_Code):
    """A code of CID 4232 Vitreous Status."""

class Cid4233Code(_Code):
    """A code of CID 4233 Ophthalmic Axial Length Measurements Segment Name."""

class Cid4234Code(_Code):
    """A code of CID 4234 Refractive Surgery Type."""

class Cid4242Code(_Code):
    """A code of CID 4242 Cornea Measurement Method Descriptor (with the codes of the groups it includes)."""

class Cid4235Code(Cid4242Code):
    """A code of CID 4235 Keratometry Descriptor."""

class Cid4236Code(_Code):
    """A code of CID 4236 IOL Calculation Formula."""

class Cid4237Code(_Code):
    """A code of CID 4237 Lens Constant Type."""

class Cid4238Code(_Code):
    """A code of CID 4238 Refractive Error Type."""

class Cid4239Code(_Code):
    """A code of CID 4239 Anterior Chamber Depth Definition."""

class Cid4240Code(_Code):
    """A code of CID 4240 Ophthalmic Measurement or Calculation Data Source."""

class Cid4241Code(_Code):
    """A code of CID 4241 Ophthalmic Axial Length Selection Method."""

class Cid4243Code(_Code):
    """A code of CID 4243 Ophthalmic Quality Metric Type."""

class Cid4244Code(_Code):
    """A code of CID 4244 Ophthalmic Agent Concentration Unit."""

class Cid4245Code(_Code):
    """A code of CID 4245 Wide Field Ophthalmic Photography Transformation Method."""

class Cid4250Code(_Code):
    """A code of CID 4250 Visual Field Static Perimetry Test Pattern."""

class Cid4251Code(_Code):
    """A code of CID 4251 Visual Field Static Perimetry Test Strategy."""

class Cid4252Code(_Code):
    """A code of CID 4252 Visual Field Static Perimetry Screening Test Mode."""

class Cid4253Code(_Code):
    """A code of CID 4253 Visual Field Static Perimetry Fixation Strategy."""

class Cid4254Code(_Code):
    """A code of CID 4254 Visual Field Static Perimetry Test Analysis Result."""

class Cid4255Code(_Code):
    """A code of CID 4255 Visual Field Illumination Color."""

class Cid4256Code(_Code):
    """A code of CID 4256 Visual Field Procedure Modifier."""

class Cid4257Code(_Code):
    """A code of CID 4257 Visual Field Global Index Name."""

class Cid4260Code(_Code):
    """A code of CID 4260 Ophthalmic Mapping Unit for Real World Value Mapping."""

class Cid4261Code(_Code):
    """A code of CID 4261 Ophthalmic Mapping Acquisition Method."""

class Cid4262Code(_Code):
    """A code of CID 4262 Retinal Thickness Definition."""

class Cid4263Code(_Code):
    """A code of CID 4263 Ophthalmic Thickness Map Value Type."""

class Cid4264Code(_Code):
    """A code of CID 4264 Ophthalmic Map Purpose of Reference."""

class Cid4265Code(_Code):
    """A code of CID 4265 Ophthalmic Thickness Deviation Category."""

class Cid4266Code(_Code):
    """A code of CID 4266 Ophthalmic Anatomic Structure Reference Point."""

class Cid4267Code(_Code):
    """A code of CID 4267 Corneal Topography Mapping Unit for Real World Value Mapping."""

class Cid4268Code(_Code):
    """A code of CID 4268 Corneal Topography Map Value Type."""

class Cid4270Code(_Code):
    """A code of CID 4270 OCT-A Processing Algorithm Family."""

class Cid4271Code(_Code):
    """A code of CID 4271 En Face Image Type."""

class Cid4272Code(_Code):
    """A code of CID 4272 Opt Scan Pattern Type."""

class Cid4273Code(Cid7192Code):
    """A code of CID 4273 Retinal Segmentation Surface."""

class Cid4401Code(_Code):
    """A code of CID 4401 Fitzpatrick Skin Type."""

class Cid4402Code(_Code):
    """A code of CID 4402 History of Malignant Melanoma."""

class Cid4403Code(_Code):
    """A code of CID 4403 History of Melanoma in Situ."""

class Cid4404Code(_Code):
    """A code of CID 4404 History of Non-Melanoma Skin Cancer."""

class Cid4405Code(_Code):
    """A code of CID 4405 Skin Disorder."""

class Cid4406Code(_Code):
    """A code of CID 4406 Patient Reported Lesion Characteristic."""

class Cid4407Code(_Code):
    """A code of CID 4407 Lesion Palpation Finding."""

class Cid4408Code(_Code):
    """A code of CID 4408 Lesion Visual Finding."""

class Cid4409Code(_Code):
    """A code of CID 4409 Skin Procedure."""

class Cid4410Code(_Code):
    """A code of CID 4410 Topical Treatment."""

class Cid4411Code(_Code):
    """A code of CID 4411 Lesion Color."""

class Cid4412Code(_Code):
    """A code of CID 4412 Specimen Stain for Confocal Microscopy."""

class Cid5000Code(_Code):
    """A code of CID 5000 Language."""

class Cid5001Code(_Code):
    """A code of CID 5001 Country."""

class Cid5002Code(_Code):
    """A code of CID 5002 Organization."""

class Cid6000Code(_Code):
    """A code of CID 6000 Overall Breast Composition (with the codes of the groups it includes)."""

class Cid6001Code(Cid6000Code):
    """A code of CID 6001 Overall Breast Composition from BI-RADS®."""

class Cid6002Code(_Code):
    """A code of CID 6002 Change Since Last Mammogram or Prior Surgery (with the codes of the groups it includes)."""

class Cid6003Code(Cid6002Code):
    """A code of CID 6003 Change Since Last Mammogram or Prior Surgery from BI-RADS®."""

class Cid6004Code(_Code):
    """A code of CID 6004 Mammography Shape Characteristic (with the codes of the groups it includes)."""

class Cid6005Code(Cid6004Code):
    """A code of CID 6005 Shape Characteristic from BI-RADS®."""

class Cid6006Code(_Code):
    """A code of CID 6006 Mammography Margin Characteristic (with the codes of the groups it includes)."""

class Cid6007Code(Cid6006Code):
    """A code of CID 6007 Margin Characteristic from BI-RADS®."""

class Cid6008Code(_Code):
    """A code of CID 6008 Density Modifier (with the codes of the groups it includes)."""

class Cid6009Code(Cid6008Code):
    """A code of CID 6009 Density Modifier from BI-RADS®."""

class Cid6010Code(_Code):
    """A code of CID 6010 Mammography Calcification Type (with the codes of the groups it includes)."""

class Cid6011Code(Cid6010Code):
    """A code of CID 6011 Calcification Type from BI-RADS®."""

class Cid6012Code(_Code):
    """A code of CID 6012 Calcification Distribution Modifier (with the codes of the groups it includes)."""

class Cid6013Code(Cid6012Code):
    """A code of CID 6013 Calcification Distribution Modifier from BI-RADS®."""

class Cid6054Code(_Code):
    """A code of CID 6054 Breast Imaging Finding (with the codes of the groups it includes)."""

class Cid6016Code(Cid6054Code):
    """A code of CID 6016 Mammography Composite Feature (with the codes of the groups it includes)."""

class Cid6014Code(Cid6016Code):
    """A code of CID 6014 Mammography Single Image Finding (with the codes of the groups it includes)."""

class Cid6056Code(_Code):
    """A code of CID 6056 Associated Finding for Breast (with the codes of the groups it includes)."""

class Cid6015Code(Cid6056Code, Cid6014Code):
    """A code of CID 6015 Single Image Finding from BI-RADS®."""

class Cid6017Code(Cid6016Code):
    """A code of CID 6017 Composite Feature from BI-RADS®."""

class Cid6018Code(_Code):
    """A code of CID 6018 Clockface Location or Region (with the codes of the groups it includes)."""

class Cid6019Code(Cid6018Code):
    """A code of CID 6019 Clockface Location or Region from BI-RADS®."""

class Cid6020Code(_Code):
    """A code of CID 6020 Quadrant Location (with the codes of the groups it includes)."""

class Cid6021Code(Cid6020Code):
    """A code of CID 6021 Quadrant Location from BI-RADS®."""

class Cid6022Code(_Code):
    """A code of CID 6022 Side (with the codes of the groups it includes)."""

class Cid6023Code(Cid6022Code):
    """A code of CID 6023 Side from BI-RADS®."""

class Cid6024Code(_Code):
    """A code of CID 6024 Depth (with the codes of the groups it includes)."""

class Cid6025Code(Cid6024Code):
    """A code of CID 6025 Depth from BI-RADS®."""

class Cid6026Code(_Code):
    """A code of CID 6026 Mammography Assessment (with the codes of the groups it includes)."""

class Cid6027Code(Cid6026Code):
    """A code of CID 6027 Assessment from BI-RADS®."""

class Cid6028Code(_Code):
    """A code of CID 6028 Mammography Recommended Follow-up (with the codes of the groups it includes)."""

class Cid6029Code(Cid6028Code):
    """A code of CID 6029 Recommended Follow-up from BI-RADS®."""

class Cid6030Code(_Code):
    """A code of CID 6030 Mammography Pathology Code (with the codes of the groups it includes)."""

class Cid6031Code(Cid6030Code):
    """A code of CID 6031 Benign Pathology Code from BI-RADS®."""

class Cid6032Code(Cid6030Code):
    """A code of CID 6032 High Risk Lesion Pathology Code from BI-RADS®."""

class Cid6033Code(Cid6030Code):
    """A code of CID 6033 Malignant Pathology Code from BI-RADS®."""

class Cid6034Code(_Code):
    """A code of CID 6034 CAD Output Intended Use."""

class Cid6035Code(_Code):
    """A code of CID 6035 Composite Feature Relation."""

class Cid6036Code(_Code):
    """A code of CID 6036 Feature Scope."""

class Cid6037Code(_Code):
    """A code of CID 6037 Mammography Quantitative Temporal Difference Type."""

class Cid6038Code(_Code):
    """A code of CID 6038 Mammography Qualitative Temporal Difference Type."""

class Cid6039Code(_Code):
    """A code of CID 6039 Nipple Characteristic."""

class Cid6040Code(_Code):
    """A code of CID 6040 Non-lesion Object Type (with the codes of the groups it includes)."""

class Cid6041Code(_Code):
    """A code of CID 6041 Mammography Image Quality Finding."""

class Cid6042Code(_Code):
    """A code of CID 6042 Result Status."""

class Cid6043Code(_Code):
    """A code of CID 6043 Mammography CAD Analysis Type."""

class Cid6044Code(_Code):
    """A code of CID 6044 Image Quality Assessment Type."""

class Cid6326Code(_Code):
    """A code of CID 6326 Image Quality Control Standard (with the codes of the groups it includes)."""

class Cid6045Code(Cid6326Code):
    """A code of CID 6045 Mammography Quality Control Standard Type."""

class Cid6046Code(_Code):
    """A code of CID 6046 Follow-up Interval Unit."""

class Cid6047Code(_Code):
    """A code of CID 6047 CAD Processing and Finding Summary."""

class Cid6048Code(_Code):
    """A code of CID 6048 CAD Operating Point Axis Label."""

class Cid6083Code(_Code):
    """A code of CID 6083 Procedures for Breast (with the codes of the groups it includes)."""

class Cid6050Code(Cid6083Code):
    """A code of CID 6050 Breast Procedure Reported."""

class Cid6051Code(_Code):
    """A code of CID 6051 Breast Procedure Reason (with the codes of the groups it includes)."""

class Cid6052Code(_Code):
    """A code of CID 6052 Breast Imaging Report Section Title."""

class Cid6053Code(_Code):
    """A code of CID 6053 Breast Imaging Report Element."""

class Cid6055Code(_Code):
    """A code of CID 6055 Breast Clinical Finding or Indicated Problem."""

class Cid6057Code(Cid6054Code):
    """A code of CID 6057 Ductography Finding for Breast."""

class Cid6058Code(_Code):
    """A code of CID 6058 Procedure Modifiers for Breast (with the codes of the groups it includes)."""

class Cid6059Code(Cid6058Code):
    """A code of CID 6059 Breast Implant Type."""

class Cid6060Code(Cid6058Code):
    """A code of CID 6060 Breast Biopsy Technique."""

class Cid6061Code(Cid6058Code, Cid6051Code):
    """A code of CID 6061 Breast Imaging Procedure Modifier."""

class Cid6062Code(_Code):
    """A code of CID 6062 Interventional Procedure Complication."""

class Cid6063Code(_Code):
    """A code of CID 6063 Interventional Procedure Result."""

class Cid6064Code(Cid6054Code):
    """A code of CID 6064 Ultrasound Finding for Breast."""

class Cid6065Code(_Code):
    """A code of CID 6065 Instrument Approach."""

class Cid6066Code(_Code):
    """A code of CID 6066 Target Confirmation."""

class Cid6067Code(_Code):
    """A code of CID 6067 Fluid Color."""

class Cid6068Code(_Code):
    """A code of CID 6068 Tumor Stages From AJCC."""

class Cid6069Code(_Code):
    """A code of CID 6069 Nottingham Combined Histologic Grade."""

class Cid6070Code(_Code):
    """A code of CID 6070 Bloom-Richardson Histologic Grade."""

class Cid6071Code(_Code):
    """A code of CID 6071 Histologic Grading Method."""

class Cid6072Code(_Code):
    """A code of CID 6072 Breast Implant Finding."""

class Cid6080Code(_Code):
    """A code of CID 6080 Gynecological Hormone."""

class Cid6087Code(_Code):
    """A code of CID 6087 General Risk Factor (with the codes of the groups it includes)."""

class Cid6081Code(Cid6087Code):
    """A code of CID 6081 Breast Cancer Risk Factor."""

class Cid6082Code(_Code):
    """A code of CID 6082 Gynecological Procedure."""

class Cid6084Code(Cid6083Code):
    """A code of CID 6084 Mammoplasty Procedure."""

class Cid6085Code(Cid6083Code):
    """A code of CID 6085 Therapies for Breast."""

class Cid6086Code(_Code):
    """A code of CID 6086 Menopausal Phase."""

class Cid6088Code(Cid6087Code):
    """A code of CID 6088 OB-GYN Maternal Risk Factor."""

class Cid6089Code(_Code):
    """A code of CID 6089 Substance."""

class Cid6090Code(_Code):
    """A code of CID 6090 Relative Usage/Exposure Amount."""

class Cid6091Code(_Code):
    """A code of CID 6091 Relative Frequency of Event Value."""

class Cid6092Code(_Code):
    """A code of CID 6092 Usage/Exposure Qualitative Concept."""

class Cid6093Code(_Code):
    """A code of CID 6093 Usage/Exposure/Amount Qualitative Concept."""

class Cid6094Code(_Code):
    """A code of CID 6094 Usage/Exposure/Frequency Qualitative Concept."""

class Cid6095Code(_Code):
    """A code of CID 6095 Procedure Numeric Property."""

class Cid6096Code(_Code):
    """A code of CID 6096 Pregnancy Status."""

class Cid6097Code(_Code):
    """A code of CID 6097 Side of Family."""

class Cid6098Code(_Code):
    """A code of CID 6098 Clinical Course of Disease."""

class Cid6099Code(_Code):
    """A code of CID 6099 Racial Group."""

class Cid6100Code(_Code):
    """A code of CID 6100 Chest Component Category."""

class Cid6101Code(_Code):
    """A code of CID 6101 Chest Finding or Feature."""

class Cid6103Code(Cid6102Code):
    """A code of CID 6103 Abnormal Lines Finding or Feature."""

class Cid6104Code(Cid6102Code):
    """A code of CID 6104 Abnormal Opacity Finding or Feature."""

class Cid6105Code(Cid6102Code):
    """A code of CID 6105 Abnormal Lucency Finding or Feature."""

class Cid6106Code(Cid6102Code):
    """A code of CID 6106 Abnormal Texture Finding or Feature."""

class Cid6107Code(_Code):
    """A code of CID 6107 Width Descriptor."""

class Cid6108Code(_Code):
    """A code of CID 6108 Chest Anatomic Structure Abnormal Distribution."""

class Cid6110Code(Cid6109Code, Cid7192Code):
    """A code of CID 6110 Lung Anatomy Finding or Feature."""

class Cid6111Code(Cid6109Code, Cid7192Code):
    """A code of CID 6111 Bronchovascular Anatomy Finding or Feature."""

class Cid6112Code(Cid6109Code, Cid7192Code):
    """A code of CID 6112 Pleura Anatomy Finding or Feature."""

class Cid6113Code(Cid6109Code, Cid7192Code):
    """A code of CID 6113 Mediastinum Anatomy Finding or Feature (with the codes of the groups it includes)."""

class Cid6114Code(Cid6109Code, Cid7192Code):
    """A code of CID 6114 Osseous Anatomy Finding or Feature."""

class Cid6115Code(Cid8134Code):
    """A code of CID 6115 Osseous Anatomy Modifier."""

class Cid6116Code(Cid6109Code, Cid8134Code, Cid7192Code):
    """A code of CID 6116 Muscular Anatomy."""

class Cid6118Code(_Code):
    """A code of CID 6118 Size Descriptor."""

class Cid6119Code(_Code):
    """A code of CID 6119 Chest Border Shape."""

class Cid6120Code(_Code):
    """A code of CID 6120 Chest Border Definition."""

class Cid6121Code(_Code):
    """A code of CID 6121 Chest Orientation Descriptor."""

class Cid6122Code(_Code):
    """A code of CID 6122 Chest Content Descriptor."""

class Cid6123Code(_Code):
    """A code of CID 6123 Chest Opacity Descriptor."""

class Cid6124Code(_Code):
    """A code of CID 6124 Location in Chest (with the codes of the groups it includes)."""

class Cid6125Code(Cid6124Code):
    """A code of CID 6125 General Chest Location."""

class Cid6126Code(Cid6124Code):
    """A code of CID 6126 Location in Lung (with the codes of the groups it includes)."""

class Cid6127Code(Cid6124Code):
    """A code of CID 6127 Segment Location in Lung."""

class Cid6128Code(_Code):
    """A code of CID 6128 Chest Distribution Descriptor."""

class Cid6129Code(Cid8134Code):
    """A code of CID 6129 Chest Site Involvement."""

class Cid6130Code(_Code):
    """A code of CID 6130 Severity Descriptor."""

class Cid6131Code(_Code):
    """A code of CID 6131 Chest Texture Descriptor."""

class Cid6132Code(_Code):
    """A code of CID 6132 Chest Calcification Descriptor."""

class Cid6133Code(_Code):
    """A code of CID 6133 Chest Quantitative Temporal Difference Type."""

class Cid6134Code(_Code):
    """A code of CID 6134 Chest Qualitative Temporal Difference Type."""

class Cid6135Code(_Code):
    """A code of CID 6135 Image Quality Finding."""

class Cid6136Code(_Code):
    """A code of CID 6136 Chest Types of Quality Control Standard."""

class Cid6137Code(_Code):
    """A code of CID 6137 CAD Analysis Type."""

class Cid6138Code(Cid6102Code):
    """A code of CID 6138 Chest Non-lesion Object Type (with the codes of the groups it includes)."""

class Cid6139Code(_Code):
    """A code of CID 6139 Non-lesion Modifier."""

class Cid6140Code(_Code):
    """A code of CID 6140 Calculation Method."""

class Cid6141Code(_Code):
    """A code of CID 6141 Attenuation Coefficient Measurement."""

class Cid6142Code(_Code):
    """A code of CID 6142 Calculated Value."""

class Cid6143Code(_Code):
    """A code of CID 6143 Lesion Response (with the codes of the groups it includes)."""

class Cid6144Code(Cid6143Code):
    """A code of CID 6144 RECIST Defined Lesion Response."""

class Cid6145Code(_Code):
    """A code of CID 6145 Baseline Category."""

class Cid6146Code(_Code):
    """A code of CID 6146 Time Point Type."""

class Cid6147Code(_Code):
    """A code of CID 6147 Response Criteria."""

class Cid6148Code(Cid6113Code):
    """A code of CID 6148 Mediastinum Finding or Feature."""

class Cid6149Code(Cid6113Code, Cid8134Code):
    """A code of CID 6149 Mediastinum Anatomy."""

class Cid6151Code(_Code):
    """A code of CID 6151 Background Echotexture."""

class Cid6152Code(_Code):
    """A code of CID 6152 Orientation."""

class Cid6153Code(_Code):
    """A code of CID 6153 Lesion Boundary."""

class Cid6154Code(_Code):
    """A code of CID 6154 Echo Pattern."""

class Cid6155Code(_Code):
    """A code of CID 6155 Posterior Acoustic Feature."""

class Cid6157Code(_Code):
    """A code of CID 6157 Vascularity."""

class Cid6158Code(_Code):
    """A code of CID 6158 Correlation to Other Finding."""

class Cid6159Code(_Code):
    """A code of CID 6159 Malignancy Type."""

class Cid6160Code(_Code):
    """A code of CID 6160 Breast Primary Tumor Assessment From AJCC."""

class Cid6161Code(_Code):
    """A code of CID 6161 Pathological Regional Lymph Node Assessment for Breast."""

class Cid6162Code(_Code):
    """A code of CID 6162 Assessment of Metastasis for Breast."""

class Cid6163Code(_Code):
    """A code of CID 6163 Menstrual Cycle Phase."""

class Cid6164Code(_Code):
    """A code of CID 6164 Time Interval."""

class Cid6165Code(_Code):
    """A code of CID 6165 Breast Linear Measurement (with the codes of the groups it includes)."""

class Cid6166Code(_Code):
    """A code of CID 6166 CAD Geometry Secondary Graphical Representation."""

class Cid7155Code(Cid8134Code, Cid7192Code):
    """A code of CID 7155 Thoracic Segmentation Type (with the codes of the groups it includes)."""

class Cid6170Code(Cid7155Code, Cid6126Code):
    """A code of CID 6170 Lobe of Lung."""

class Cid6171Code(Cid6126Code):
    """A code of CID 6171 Zone of Lung."""

class Cid6200Code(_Code):
    """A code of CID 6200 Colon Overall Assessment."""

class Cid6201Code(_Code):
    """A code of CID 6201 Colon Finding or Feature."""

class Cid6202Code(_Code):
    """A code of CID 6202 Colon Finding or Feature Modifier (with the codes of the groups it includes)."""

class Cid6203Code(Cid6202Code):
    """A code of CID 6203 Colon Non-lesion Object Type."""

class Cid6204Code(Cid6202Code, Cid8134Code):
    """A code of CID 6204 Anatomic Non-colon Finding."""

class Cid6205Code(_Code):
    """A code of CID 6205 Clockface Location for Colon."""

class Cid6206Code(_Code):
    """A code of CID 6206 Recumbent Patient Orientation for Colon."""

class Cid6207Code(_Code):
    """A code of CID 6207 Colon Quantitative Temporal Difference Type."""

class Cid6208Code(_Code):
    """A code of CID 6208 Colon Types of Quality Control Standard."""

class Cid6209Code(_Code):
    """A code of CID 6209 Colon Morphology Descriptor."""

class Cid6210Code(Cid8134Code):
    """A code of CID 6210 Location in Intestinal Tract."""

class Cid6211Code(_Code):
    """A code of CID 6211 Colon CAD Material Description."""

class Cid6212Code(_Code):
    """A code of CID 6212 Calculated Value for Colon Finding."""

class Cid6300Code(_Code):
    """A code of CID 6300 Prostate Anatomy (with the codes of the groups it includes)."""

class Cid6304Code(Cid6300Code):
    """A code of CID 6304 Prostate Sector Anatomy from PI-RADS v2.1 (with the codes of the groups it includes)."""

class Cid6301Code(Cid6304Code):
    """A code of CID 6301 Prostate Sector Anatomy from PI-RADS v2."""

class Cid6302Code(Cid6300Code):
    """A code of CID 6302 Prostate Sector Anatomy from European Concensus 16 Sector (Minimal) Model."""

class Cid6303Code(Cid6300Code):
    """A code of CID 6303 Prostate Sector Anatomy from European Concensus 27 Sector (Optimal) Model."""

class Cid6310Code(_Code):
    """A code of CID 6310 Prostate Reporting System."""

class Cid6311Code(_Code):
    """A code of CID 6311 MR Signal Intensity."""

class Cid6312Code(_Code):
    """A code of CID 6312 Cross-sectional Scan Plane Orientation."""

class Cid6313Code(_Code):
    """A code of CID 6313 History of Prostate Disease."""

class Cid6314Code(_Code):
    """A code of CID 6314 Prostate MRI Study Quality Finding."""

class Cid6315Code(_Code):
    """A code of CID 6315 Prostate MRI Series Quality Finding (with the codes of the groups it includes)."""

class Cid6316Code(Cid6315Code):
    """A code of CID 6316 MR Imaging Artifact."""

class Cid6317Code(Cid6315Code):
    """A code of CID 6317 Prostate DCE MRI Quality Finding."""

class Cid6318Code(Cid6315Code):
    """A code of CID 6318 Prostate DWI MRI Quality Finding."""

class Cid6319Code(_Code):
    """A code of CID 6319 Abdominal Intervention Type."""

class Cid6320Code(_Code):
    """A code of CID 6320 Abdominopelvic Intervention."""

class Cid6321Code(_Code):
    """A code of CID 6321 Prostate Cancer Diagnostic Procedure."""

class Cid6322Code(_Code):
    """A code of CID 6322 Prostate Cancer Family History."""

class Cid6323Code(_Code):
    """A code of CID 6323 Prostate Cancer Therapy."""

class Cid6324Code(_Code):
    """A code of CID 6324 Prostate MRI Assessment (with the codes of the groups it includes)."""

class Cid6325Code(Cid6324Code):
    """A code of CID 6325 Overall Assessment from PI-RADS®."""

class Cid6327Code(_Code):
    """A code of CID 6327 Prostate Imaging Indication."""

class Cid6328Code(_Code):
    """A code of CID 6328 PI-RADS® v2 Lesion Assessment Category."""

class Cid6329Code(_Code):
    """A code of CID 6329 PI-RADS® v2 T2WI PZ Lesion Assessment Category."""

class Cid6330Code(_Code):
    """A code of CID 6330 PI-RADS® v2 T2WI TZ Lesion Assessment Category."""

class Cid6331Code(_Code):
    """A code of CID 6331 PI-RADS® v2 DWI Lesion Assessment Category."""

class Cid6332Code(_Code):
    """A code of CID 6332 PI-RADS® v2 DCE Lesion Assessment Category."""

class Cid6333Code(_Code):
    """A code of CID 6333 mpMRI Assessment Type (with the codes of the groups it includes)."""

class Cid6334Code(Cid6333Code):
    """A code of CID 6334 mpMRI Assessment Type from PI-RADS®."""

class Cid6335Code(_Code):
    """A code of CID 6335 mpMRI Assessment Value (with the codes of the groups it includes)."""

class Cid6336Code(Cid6335Code):
    """A code of CID 6336 MRI Abnormality (with the codes of the groups it includes)."""

class Cid6337Code(Cid6336Code):
    """A code of CID 6337 mpMRI Prostate Abnormality from PI-RADS® (with the codes of the groups it includes)."""

class Cid6338Code(Cid6337Code):
    """A code of CID 6338 mpMRI Benign Prostate Abnormality from PI-RADS®."""

class Cid6339Code(Cid6335Code):
    """A code of CID 6339 MRI Shape Characteristic (with the codes of the groups it includes)."""

class Cid6340Code(Cid6339Code):
    """A code of CID 6340 Prostate MRI Shape Characteristic from PI-RADS®."""

class Cid6341Code(Cid6335Code):
    """A code of CID 6341 MRI Margin Characteristic (with the codes of the groups it includes)."""

class Cid6342Code(Cid6341Code):
    """A code of CID 6342 Prostate MRI Margin Characteristic from PI-RADS®."""

class Cid6343Code(Cid6335Code):
    """A code of CID 6343 MRI Signal Characteristic (with the codes of the groups it includes)."""

class Cid6344Code(Cid6343Code):
    """A code of CID 6344 Prostate MRI Signal Characteristic from PI-RADS®."""

class Cid6345Code(Cid6335Code):
    """A code of CID 6345 MRI Enhancement Pattern (with the codes of the groups it includes)."""

class Cid6346Code(Cid6345Code):
    """A code of CID 6346 Prostate MRI Enhancement Pattern from PI-RADS®."""

class Cid6347Code(_Code):
    """A code of CID 6347 Prostate MRI Extra-prostatic Finding."""

class Cid6348Code(_Code):
    """A code of CID 6348 Prostate MRI Assessment of Extra-prostatic Anatomic Site."""

class Cid6349Code(_Code):
    """A code of CID 6349 MR Coil Type."""

class Cid6350Code(_Code):
    """A code of CID 6350 Endorectal Coil Fill Substance."""

class Cid6351Code(_Code):
    """A code of CID 6351 Prostate Relational Measurement."""

class Cid6352Code(_Code):
    """A code of CID 6352 Prostate Cancer Diagnostic Blood Lab Measurement."""

class Cid6353Code(Cid6326Code):
    """A code of CID 6353 Prostate Imaging Types of Quality Control Standard."""

class Cid6401Code(Cid6040Code, Cid7193Code):
    """A code of CID 6401 Non-lesion Object Type - Physical Object."""

class Cid7198Code(_Code):
    """A code of CID 7198 Substance Segmentation Property Type (with the codes of the groups it includes)."""

class Cid6402Code(Cid7198Code, Cid6040Code):
    """A code of CID 6402 Non-lesion Object Type - Substance."""

class Cid7191Code(Cid7151Code):
    """A code of CID 7191 Tissue Segmentation Property Type (with the codes of the groups it includes)."""

class Cid6403Code(Cid7191Code, Cid6040Code):
    """A code of CID 6403 Non-lesion Object Type - Tissue."""

class Cid6404Code(Cid6138Code, Cid7193Code):
    """A code of CID 6404 Chest Non-lesion Object Type - Physical Object."""

class Cid6405Code(Cid7191Code, Cid6138Code):
    """A code of CID 6405 Chest Non-lesion Object Type - Tissue."""

class Cid7000Code(_Code):
    """A code of CID 7000 Diagnostic Imaging Report Document Title (with the codes of the groups it includes)."""

class Cid7001Code(_Code):
    """A code of CID 7001 Diagnostic Imaging Report Heading."""

class Cid7002Code(_Code):
    """A code of CID 7002 Diagnostic Imaging Report Element."""

class Cid7003Code(_Code):
    """A code of CID 7003 Diagnostic Imaging Report Purpose of Reference."""

class Cid7004Code(_Code):
    """A code of CID 7004 Waveform Purpose of Reference."""

class Cid7005Code(_Code):
    """A code of CID 7005 Contributing Equipment Purpose of Reference."""

class Cid7006Code(_Code):
    """A code of CID 7006 SR Document Purpose of Reference."""

class Cid7007Code(_Code):
    """A code of CID 7007 Signature Purpose."""

class Cid7008Code(_Code):
    """A code of CID 7008 Media Import."""

class Cid7009Code(_Code):
    """A code of CID 7009 Purpose of Reference to Predecessor Report."""

class Cid7010Code(_Code):
    """A code of CID 7010 Key Object Selection Document Title (with the codes of the groups it includes)."""

class Cid7011Code(_Code):
    """A code of CID 7011 Rejected for Quality Reason."""

class Cid7012Code(_Code):
    """A code of CID 7012 Best in Set."""

class Cid7060Code(_Code):
    """A code of CID 7060 Encapsulated Document Source Purpose of Reference (with the codes of the groups it includes)."""

class Cid7013Code(Cid7060Code):
    """A code of CID 7013 Non-Image Source Instance Purpose of Reference (with the codes of the groups it includes)."""

class Cid7014Code(Cid7010Code):
    """A code of CID 7014 Export Additional Information Document Title."""

class Cid7015Code(_Code):
    """A code of CID 7015 Export Delay Reason."""

class Cid7016Code(_Code):
    """A code of CID 7016 Level of Difficulty."""

class Cid7017Code(_Code):
    """A code of CID 7017 Category of Teaching Material - Imaging."""

class Cid7018Code(_Code):
    """A code of CID 7018 Miscellaneous Document Title."""

class Cid7019Code(Cid7013Code):
    """A code of CID 7019 Segmentation Non-Image Source Purpose of Reference."""

class Cid7020Code(_Code):
    """A code of CID 7020 Document Title."""

class Cid7021Code(_Code):
    """A code of CID 7021 Measurement Report Document Title."""

class Cid7022Code(_Code):
    """A code of CID 7022 Radiotherapy Purpose of Reference."""

class Cid7023Code(Cid7010Code):
    """A code of CID 7023 RT Process Output."""

class Cid7024Code(Cid7010Code):
    """A code of CID 7024 RT Process Input."""

class Cid7025Code(Cid7010Code):
    """A code of CID 7025 RT Process Input Used."""

class Cid7026Code(_Code):
    """A code of CID 7026 Radiotherapeutic Dose Measurement Device."""

class Cid7027Code(Cid7193Code):
    """A code of CID 7027 Segmented Radiotherapeutic Dose Measurement Device."""

class Cid7030Code(_Code):
    """A code of CID 7030 Institutional Department/Unit/Service."""

class Cid7031Code(_Code):
    """A code of CID 7031 Reason for Removal from Operational Use."""

class Cid7035Code(_Code):
    """A code of CID 7035 Actionable Finding Classification."""

class Cid7036Code(_Code):
    """A code of CID 7036 Image Quality Assessment."""

class Cid7039Code(_Code):
    """A code of CID 7039 Pediatric Size Category (with the codes of the groups it includes)."""

class Cid7040Code(Cid7039Code):
    """A code of CID 7040 Broselow-Luten Pediatric Size Category."""

class Cid7041Code(_Code):
    """A code of CID 7041 Calcium Scoring Patient Size Category (with the codes of the groups it includes)."""

class Cid7042Code(Cid7041Code):
    """A code of CID 7042 CMDCTECC Calcium Scoring Patient Size Category."""

class Cid7050Code(_Code):
    """A code of CID 7050 De-identification Method."""

class Cid7061Code(_Code):
    """A code of CID 7061 Model Document Title."""

class Cid7062Code(_Code):
    """A code of CID 7062 Purpose of Reference to Predecessor 3D Model."""

class Cid7063Code(_Code):
    """A code of CID 7063 Model Scale Unit."""

class Cid7064Code(_Code):
    """A code of CID 7064 Model Usage."""

class Cid7070Code(Cid7010Code):
    """A code of CID 7070 Real Time Video Rendition Title."""

class Cid7100Code(_Code):
    """A code of CID 7100 RCS Registration Method Type."""

class Cid7101Code(Cid7111Code):
    """A code of CID 7101 Brain Atlas Fiducial."""

class Cid7110Code(_Code):
    """A code of CID 7110 Fiducial Category."""

class Cid7112Code(Cid7111Code):
    """A code of CID 7112 Radiotherapy Fiducial."""

class Cid7140Code(_Code):
    """A code of CID 7140 Brain Structure for Volumetric Measurement."""

class Cid9502Code(_Code):
    """A code of CID 9502 RT Segment Annotation Category (with the codes of the groups it includes)."""

class Cid9580Code(Cid9502Code):
    """A code of CID 9580 RT Segmentation Property Category (with the codes of the groups it includes)."""

class Cid7150Code(Cid9580Code):
    """A code of CID 7150 Segmentation Property Category."""

class Cid7152Code(Cid8134Code, Cid7192Code):
    """A code of CID 7152 Cardiac Structure Segmentation Type."""

class Cid7153Code(Cid8134Code, Cid7192Code):
    """A code of CID 7153 CNS Segmentation Type."""

class Cid7154Code(Cid8134Code, Cid7192Code):
    """A code of CID 7154 Abdominal Segmentation Type (with the codes of the groups it includes)."""

class Cid7156Code(Cid8134Code, Cid7192Code):
    """A code of CID 7156 Vascular Segmentation Type."""

class Cid7157Code(Cid7193Code):
    """A code of CID 7157 Device Segmentation Type (with the codes of the groups it includes)."""

class Cid7158Code(Cid7193Code):
    """A code of CID 7158 Artifact Segmentation Type."""

class Cid7194Code(Cid7151Code):
    """A code of CID 7194 Morphologically Abnormal Structure Segmentation Property Type (with the codes of the groups it includes)."""

class Cid7159Code(Cid7194Code):
    """A code of CID 7159 Lesion Segmentation Type (with the codes of the groups it includes)."""

class Cid7160Code(Cid8134Code, Cid7192Code):
    """A code of CID 7160 Pelvic Organ Segmentation Type."""

class Cid7195Code(Cid7151Code):
    """A code of CID 7195 Function Segmentation Property Type (with the codes of the groups it includes)."""

class Cid7161Code(Cid7195Code):
    """A code of CID 7161 Physiology Segmentation Type."""

class Cid7162Code(_Code):
    """A code of CID 7162 Surface Processing Algorithm Family."""

class Cid7196Code(Cid7151Code):
    """A code of CID 7196 Spatial and Relational Concept Segmentation Property Type (with the codes of the groups it includes)."""

class Cid7165Code(Cid7196Code):
    """A code of CID 7165 Abstract Segmentation Type."""

class Cid7166Code(Cid7191Code):
    """A code of CID 7166 Common Tissue Segmentation Type."""

class Cid7167Code(Cid8134Code, Cid7192Code):
    """A code of CID 7167 Peripheral Nervous System Segmentation Type."""

class Cid7168Code(Cid7159Code):
    """A code of CID 7168 Brain Lesion Segmentation Type With Necrosis (with the codes of the groups it includes)."""

class Cid7169Code(Cid7168Code):
    """A code of CID 7169 Brain Lesion Segmentation Type Without Necrosis."""

class Cid7171Code(Cid7154Code):
    """A code of CID 7171 Liver Segmentation Type (with the codes of the groups it includes)."""

class Cid12322Code(_Code):
    """A code of CID 12322 Elastography Measurement Site (with the codes of the groups it includes)."""

class Cid7170Code(Cid12322Code, Cid7171Code):
    """A code of CID 7170 Couinaud Liver Segment."""

class Cid7182Code(_Code):
    """A code of CID 7182 Abstract Multi-dimensional Image Model Dimension Semantic."""

class Cid7183Code(_Code):
    """A code of CID 7183 Abstract Multi-dimensional Image Model Dimension Unit (with the codes of the groups it includes)."""

class Cid7184Code(_Code):
    """A code of CID 7184 Abstract Multi-dimensional Image Model Axis Direction."""

class Cid7185Code(_Code):
    """A code of CID 7185 Abstract Multi-dimensional Image Model Axis Orientation."""

class Cid7197Code(Cid7151Code):
    """A code of CID 7197 Body Substance Segmentation Property Type."""

class Cid7199Code(Cid7194Code):
    """A code of CID 7199 Anatomically Localized Lesion Segmentation Type."""

class Cid7201Code(_Code):
    """A code of CID 7201 Referenced Image Purpose of Reference."""

class Cid7202Code(_Code):
    """A code of CID 7202 Source Image Purpose of Reference."""

class Cid7203Code(_Code):
    """A code of CID 7203 Image Derivation."""

class Cid7205Code(_Code):
    """A code of CID 7205 Purpose of Reference to Alternate Representation."""

class Cid7210Code(_Code):
    """A code of CID 7210 Related Series Purpose of Reference."""

class Cid7215Code(_Code):
    """A code of CID 7215 Spectroscopy Purpose of Reference."""

class Cid7220Code(_Code):
    """A code of CID 7220 RT Dose Derivation."""

class Cid7221Code(_Code):
    """A code of CID 7221 RT Dose Purpose of Reference."""

class Cid7222Code(_Code):
    """A code of CID 7222 Parametric Map Derivation Image Purpose of Reference."""

class Cid7230Code(_Code):
    """A code of CID 7230 Automation of Measurement."""

class Cid7250Code(_Code):
    """A code of CID 7250 Multi-Frame Subset Type."""

class Cid7260Code(_Code):
    """A code of CID 7260 Diffusion Acquisition Value Type."""

class Cid7261Code(_Code):
    """A code of CID 7261 Diffusion Model Value Type."""

class Cid7262Code(_Code):
    """A code of CID 7262 Diffusion Tractography Algorithm Family."""

class Cid7263Code(_Code):
    """A code of CID 7263 Diffusion Tractography Measurement Type."""

class Cid7270Code(Cid7180Code):
    """A code of CID 7270 MR Diffusion Component Semantic."""

class Cid7271Code(Cid7180Code):
    """A code of CID 7271 MR Diffusion Anisotropy Index."""

class Cid7272Code(Cid7180Code):
    """A code of CID 7272 MR Diffusion Model Parameter."""

class Cid7273Code(_Code):
    """A code of CID 7273 MR Diffusion Model."""

class Cid7274Code(_Code):
    """A code of CID 7274 MR Diffusion Model Fitting Method."""

class Cid7275Code(_Code):
    """A code of CID 7275 MR Diffusion Model Specific Method."""

class Cid7276Code(_Code):
    """A code of CID 7276 MR Diffusion Model Input."""

class Cid7277Code(Cid7181Code):
    """A code of CID 7277 Diffusion Rate Area Over Time Unit."""

class Cid9579Code(_Code):
    """A code of CID 9579 RT Segment Material (with the codes of the groups it includes)."""

class Cid7300Code(Cid9579Code):
    """A code of CID 7300 Implant Material."""

class Cid7301Code(_Code):
    """A code of CID 7301 Intervention Type."""

class Cid7302Code(_Code):
    """A code of CID 7302 Implant Template View Orientation."""

class Cid7303Code(_Code):
    """A code of CID 7303 Implant Template Modified View Orientation."""

class Cid7304Code(Cid8134Code):
    """A code of CID 7304 Implant Target Anatomy."""

class Cid7305Code(_Code):
    """A code of CID 7305 Implant Planning Landmark (with the codes of the groups it includes)."""

class Cid7306Code(Cid7305Code):
    """A code of CID 7306 Human Hip Implant Planning Landmark."""

class Cid7307Code(_Code):
    """A code of CID 7307 Implant Component Type (with the codes of the groups it includes)."""

class Cid7308Code(Cid7307Code):
    """A code of CID 7308 Human Hip Implant Component Type."""

class Cid7309Code(Cid7307Code):
    """A code of CID 7309 Human Trauma Implant Component Type."""

class Cid7310Code(_Code):
    """A code of CID 7310 Implant Fixation Method."""

class Cid7320Code(_Code):
    """A code of CID 7320 Planning Method."""

class Cid7445Code(_Code):
    """A code of CID 7445 Device Participating Role."""

class Cid7449Code(_Code):
    """A code of CID 7449 Reader Specialty."""

class Cid7450Code(_Code):
    """A code of CID 7450 Person Role (with the codes of the groups it includes)."""

class Cid7451Code(Cid7450Code):
    """A code of CID 7451 Family Member."""

class Cid7452Code(Cid7450Code):
    """A code of CID 7452 Organizational Role."""

class Cid7453Code(_Code):
    """A code of CID 7453 Performing Role."""

class Cid7454Code(_Code):
    """A code of CID 7454 Animal Taxonomic Rank Value."""

class Cid7455Code(_Code):
    """A code of CID 7455 Sex."""

class Cid7456Code(_Code):
    """A code of CID 7456 Age Unit."""

class Cid7457Code(_Code):
    """A code of CID 7457 Sex - Male Female or Both."""

class Cid7460Code(Cid7183Code, Cid7181Code):
    """A code of CID 7460 Linear Measurement Unit."""

class Cid7461Code(Cid7181Code):
    """A code of CID 7461 Area Measurement Unit."""

class Cid7462Code(Cid7181Code):
    """A code of CID 7462 Volume Measurement Unit."""

class Cid7466Code(_Code):
    """A code of CID 7466 PET Region of Interest Measurement."""

class Cid7468Code(Cid218Code):
    """A code of CID 7468 Texture Measurement (with the codes of the groups it includes)."""

class Cid7467Code(Cid7468Code):
    """A code of CID 7467 Gray Level Co-occurrence Matrix Measurement."""

class Cid7470Code(Cid6165Code, Cid7469Code):
    """A code of CID 7470 Linear Measurement."""

class Cid7471Code(Cid7469Code):
    """A code of CID 7471 Area Measurement."""

class Cid7472Code(Cid7469Code):
    """A code of CID 7472 Volume Measurement."""

class Cid7473Code(_Code):
    """A code of CID 7473 General Area Calculation Method."""

class Cid7474Code(_Code):
    """A code of CID 7474 General Volume Calculation Method."""

class Cid7475Code(Cid7468Code):
    """A code of CID 7475 Gray Level Run Length Based Feature."""

class Cid7476Code(Cid7468Code):
    """A code of CID 7476 Gray Level Size Zone Based Feature."""

class Cid7477Code(Cid218Code):
    """A code of CID 7477 Global Shape Descriptor."""

class Cid7478Code(Cid7468Code):
    """A code of CID 7478 Intensity Histogram Feature."""

class Cid7479Code(Cid7468Code):
    """A code of CID 7479 Grey Level Distance Zone Based Feature."""

class Cid7481Code(_Code):
    """A code of CID 7481 Breed Registry."""

class Cid7482Code(_Code):
    """A code of CID 7482 DX Anatomy Imaged for Animal (with the codes of the groups it includes)."""

class Cid7483Code(Cid7482Code, Cid8134Code):
    """A code of CID 7483 Common Anatomic Regions for Animal."""

class Cid7484Code(_Code):
    """A code of CID 7484 DX View for Animal."""

class Cid7486Code(_Code):
    """A code of CID 7486 Mixed Breed."""

class Cid7490Code(_Code):
    """A code of CID 7490 Research Animal Source Registry."""

class Cid7500Code(Cid7468Code):
    """A code of CID 7500 Neighbourhood Grey Tone Difference Based Feature."""

class Cid7501Code(Cid7468Code):
    """A code of CID 7501 Neighbouring Grey Level Dependence Based Feature."""

class Cid7550Code(Cid218Code):
    """A code of CID 7550 Angle Measurement."""

class Cid7551Code(_Code):
    """A code of CID 7551 Generic Purpose of Reference to Images and Coordinates in Measurement (with the codes of the groups it includes)."""

class Cid7552Code(Cid7551Code):
    """A code of CID 7552 Generic Purpose of Reference to Images in Measurement."""

class Cid7553Code(Cid7551Code):
    """A code of CID 7553 Generic Purpose of Reference to Coordinates in Measurement."""

class Cid7600Code(Cid8134Code):
    """A code of CID 7600 Lymph Node Anatomic Site."""

class Cid7601Code(Cid8134Code):
    """A code of CID 7601 Head and Neck Cancer Anatomic Site."""

class Cid7602Code(Cid8134Code, Cid7192Code):
    """A code of CID 7602 Vertebral Anatomic Structure (with the codes of the groups it includes)."""

class Cid7603Code(Cid7602Code):
    """A code of CID 7603 Vertebra."""

class Cid7604Code(Cid7602Code):
    """A code of CID 7604 Intervertebral Disc."""

class Cid7710Code(Cid8134Code):
    """A code of CID 7710 Tractography Anatomic Site (with the codes of the groups it includes)."""

class Cid7701Code(Cid7710Code):
    """A code of CID 7701 Fiber Tract In Brainstem."""

class Cid7702Code(Cid7710Code):
    """A code of CID 7702 Projection and Thalamic Fiber."""

class Cid7703Code(Cid7710Code):
    """A code of CID 7703 Association Fiber."""

class Cid7704Code(Cid7710Code):
    """A code of CID 7704 Limbic System Tract."""

class Cid7705Code(Cid7710Code):
    """A code of CID 7705 Commissural Fiber."""

class Cid7706Code(Cid7710Code):
    """A code of CID 7706 Cranial Nerve."""

class Cid7707Code(Cid7710Code):
    """A code of CID 7707 Spinal Cord Fiber."""

class Cid8102Code(_Code):
    """A code of CID 8102 Container Component Type (with the codes of the groups it includes)."""

class Cid8101Code(Cid8102Code):
    """A code of CID 8101 Container Type."""

class Cid8103Code(_Code):
    """A code of CID 8103 Anatomic Pathology Specimen Type (with the codes of the groups it includes)."""

class Cid8104Code(Cid8103Code):
    """A code of CID 8104 Breast Tissue Specimen Type."""

class Cid8109Code(_Code):
    """A code of CID 8109 Specimen Collection Procedure."""

class Cid8110Code(_Code):
    """A code of CID 8110 Specimen Sampling Procedure."""

class Cid8111Code(_Code):
    """A code of CID 8111 Specimen Preparation Procedure."""

class Cid8112Code(_Code):
    """A code of CID 8112 Specimen Stain."""

class Cid8113Code(_Code):
    """A code of CID 8113 Specimen Preparation Step."""

class Cid8114Code(_Code):
    """A code of CID 8114 Specimen Fixative."""

class Cid8115Code(_Code):
    """A code of CID 8115 Specimen Embedding Media."""

class Cid8120Code(_Code):
    """A code of CID 8120 Whole Slide Microscopy Image Referenced Image Purpose of Reference."""

class Cid8121Code(_Code):
    """A code of CID 8121 Microscopy Lens Type."""

class Cid8122Code(_Code):
    """A code of CID 8122 Microscopy Illuminator and Sensor Color."""

class Cid8123Code(_Code):
    """A code of CID 8123 Microscopy Illumination Method."""

class Cid8124Code(_Code):
    """A code of CID 8124 Microscopy Filter."""

class Cid8125Code(_Code):
    """A code of CID 8125 Microscopy Illuminator Type."""

class Cid8130Code(_Code):
    """A code of CID 8130 Staining Protocol."""

class Cid8131Code(_Code):
    """A code of CID 8131 Pathology Imaging Protocol."""

class Cid8132Code(_Code):
    """A code of CID 8132 Magnification Selection."""

class Cid8133Code(_Code):
    """A code of CID 8133 Tissue Selection."""

class Cid8135Code(_Code):
    """A code of CID 8135 Microscopy Annotation Property Type."""

class Cid8136Code(_Code):
    """A code of CID 8136 Microscopy Measurement Type."""

class Cid8201Code(_Code):
    """A code of CID 8201 Surface Scan Acquisition Type."""

class Cid8202Code(_Code):
    """A code of CID 8202 Surface Scan Mode Type."""

class Cid8203Code(_Code):
    """A code of CID 8203 Surface Scan Registration Method Type."""

class Cid8300Code(_Code):
    """A code of CID 8300 Visual Evaluation Method."""

class Cid8301Code(_Code):
    """A code of CID 8301 Test Pattern Code."""

class Cid8302Code(_Code):
    """A code of CID 8302 Measurement Pattern Code."""

class Cid8303Code(_Code):
    """A code of CID 8303 Display Device Type."""

class Cid9000Code(_Code):
    """A code of CID 9000 Physical Quantity Descriptor."""

class Cid9231Code(_Code):
    """A code of CID 9231 Workitem Definition."""

class Cid9232Code(_Code):
    """A code of CID 9232 Non-DICOM Output Types (Retired)."""

class Cid9233Code(_Code):
    """A code of CID 9233 Requested Report Type."""

class Cid9241Code(_Code):
    """A code of CID 9241 Radiotherapy General Workitem Definition."""

class Cid9242Code(_Code):
    """A code of CID 9242 Radiotherapy Acquisition Workitem Definition (with the codes of the groups it includes)."""

class Cid9243Code(_Code):
    """A code of CID 9243 Radiotherapy Registration Workitem Definition."""

class Cid9250Code(_Code):
    """A code of CID 9250 Scheduled Processing Parameter Concept Codes for RT Treatment."""

class Cid9260Code(_Code):
    """A code of CID 9260 Radiotherapy Acquisition WorkItem Subtasks."""

class Cid9261Code(_Code):
    """A code of CID 9261 Patient Position Acquisition Radiation Source Locations."""

class Cid9262Code(_Code):
    """A code of CID 9262 Energy Derivation Types."""

class Cid9263Code(_Code):
    """A code of CID 9263 KV Imaging Acquisition Techniques."""

class Cid9264Code(_Code):
    """A code of CID 9264 MV Imaging Acquisition Techniques."""

class Cid9265Code(Cid9242Code):
    """A code of CID 9265 Patient Position Acquisition - Projection Techniques."""

class Cid9266Code(Cid9242Code):
    """A code of CID 9266 Patient Position Acquisition – CT Techniques."""

class Cid9267Code(_Code):
    """A code of CID 9267 Patient Positioning Related Object Purposes."""

class Cid9268Code(_Code):
    """A code of CID 9268 Patient Position Acquisition Devices."""

class Cid9269Code(_Code):
    """A code of CID 9269 RT Radiation Meterset Units (with the codes of the groups it includes)."""

class Cid9270Code(_Code):
    """A code of CID 9270 Acquisition Initiation Types."""

class Cid9271Code(_Code):
    """A code of CID 9271 RT Image Patient Position Acquisition Devices."""

class Cid9273Code(Cid9242Code):
    """A code of CID 9273 Patient Position Acquisition – MR Techniques."""

class Cid9301Code(Cid9300Code):
    """A code of CID 9301 Modality PPS Discontinuation Reason."""

class Cid9302Code(Cid9300Code):
    """A code of CID 9302 Media Import PPS Discontinuation Reason."""

class Cid9303Code(_Code):
    """A code of CID 9303 Interpretation Request Discontinuation Reason."""

class Cid9570Code(_Code):
    """A code of CID 9570 RT Overridden Treatment Parameter (with the codes of the groups it includes)."""

class Cid9401Code(Cid9570Code):
    """A code of CID 9401 IEC61217 Device Position Parameter (with the codes of the groups it includes)."""

class Cid9402Code(Cid9401Code):
    """A code of CID 9402 IEC61217 Gantry Position Parameter."""

class Cid9403Code(Cid9401Code):
    """A code of CID 9403 IEC61217 Patient Support Position Parameter."""

class Cid9500Code(_Code):
    """A code of CID 9500 Dosimetric Objective Type (with the codes of the groups it includes)."""

class Cid9501Code(_Code):
    """A code of CID 9501 Prescription Anatomy Category."""

class Cid9503Code(Cid9502Code):
    """A code of CID 9503 Radiotherapy Therapeutic Role Category."""

class Cid9504Code(_Code):
    """A code of CID 9504 RT Geometric Information."""

class Cid9505Code(Cid7157Code):
    """A code of CID 9505 Fixation or Positioning Device (with the codes of the groups it includes)."""

class Cid9520Code(_Code):
    """A code of CID 9520 Segmented RT Accessory Device (with the codes of the groups it includes)."""

class Cid9506Code(Cid9520Code, Cid7157Code):
    """A code of CID 9506 Brachytherapy Device."""

class Cid9507Code(_Code):
    """A code of CID 9507 External Body Model."""

class Cid9508Code(_Code):
    """A code of CID 9508 Non-specific Volume."""

class Cid9509Code(_Code):
    """A code of CID 9509 Purpose of Reference For RT Physician Intent Input."""

class Cid9510Code(_Code):
    """A code of CID 9510 Purpose of Reference For RT Treatment Planning Input."""

class Cid9524Code(_Code):
    """A code of CID 9524 Radiotherapy Procedure Technique (with the codes of the groups it includes)."""

class Cid9583Code(_Code):
    """A code of CID 9583 RT Plan Radiotherapy Procedure Technique (with the codes of the groups it includes)."""

class Cid9511Code(Cid9583Code, Cid9524Code):
    """A code of CID 9511 General External Radiotherapy Procedure Technique."""

class Cid9512Code(Cid9583Code, Cid9524Code):
    """A code of CID 9512 Tomotherapeutic Radiotherapy Procedure Technique."""

class Cid9573Code(_Code):
    """A code of CID 9573 Patient Treatment Preparation Device (with the codes of the groups it includes)."""

class Cid9513Code(Cid9573Code, Cid9520Code, Cid9505Code):
    """A code of CID 9513 Fixation Device."""

class Cid9515Code(Cid9573Code, Cid9520Code, Cid9505Code):
    """A code of CID 9515 RT Patient Support Device."""

class Cid9516Code(Cid9520Code):
    """A code of CID 9516 Radiotherapy Bolus Device Type."""

class Cid9541Code(_Code):
    """A code of CID 9541 Beam Limiting Device Type (with the codes of the groups it includes)."""

class Cid9545Code(Cid9541Code):
    """A code of CID 9545 Fixed Beam Limiting Device Type (with the codes of the groups it includes)."""

class Cid9517Code(Cid9545Code, Cid9520Code):
    """A code of CID 9517 Radiotherapy Block Device Type."""

class Cid9518Code(Cid9520Code):
    """A code of CID 9518 Radiotherapy Accessory No-slot Holder Device Type."""

class Cid9519Code(Cid9520Code):
    """A code of CID 9519 Radiotherapy Accessory Slot Holder Device Type."""

class Cid9521Code(_Code):
    """A code of CID 9521 Radiotherapy Treatment Energy Unit."""

class Cid9522Code(Cid9524Code):
    """A code of CID 9522 Multi-source Radiotherapy Procedure Technique."""

class Cid9523Code(Cid9524Code):
    """A code of CID 9523 Robotic Radiotherapy Procedure Technique."""

class Cid9525Code(_Code):
    """A code of CID 9525 Radiation Therapy Particle."""

class Cid9526Code(_Code):
    """A code of CID 9526 Ion Therapy Particle."""

class Cid9527Code(_Code):
    """A code of CID 9527 Teletherapy Isotope."""

class Cid9528Code(_Code):
    """A code of CID 9528 Brachytherapy Isotope."""

class Cid9529Code(Cid9500Code):
    """A code of CID 9529 Single Dose Dosimetric Objective."""

class Cid9530Code(Cid9500Code):
    """A code of CID 9530 Percentage and Dose Dosimetric Objective."""

class Cid9531Code(Cid9500Code):
    """A code of CID 9531 Volume and Dose Dosimetric Objective."""

class Cid9532Code(Cid9500Code):
    """A code of CID 9532 No-Parameter Dosimetric Objective."""

class Cid9533Code(_Code):
    """A code of CID 9533 Delivery Time Structure."""

class Cid9534Code(_Code):
    """A code of CID 9534 Radiotherapy Target."""

class Cid9535Code(_Code):
    """A code of CID 9535 Radiotherapy Dose Calculation Role."""

class Cid9536Code(_Code):
    """A code of CID 9536 Radiotherapy Prescribing and Segmenting Person Role."""

class Cid9537Code(_Code):
    """A code of CID 9537 Effective Dose Calculation Method Category."""

class Cid9538Code(_Code):
    """A code of CID 9538 Radiation Transport-based Effective Dose Method Modifier."""

class Cid9539Code(_Code):
    """A code of CID 9539 Fractionation-based Effective Dose Method Modifier."""

class Cid9540Code(Cid9541Code):
    """A code of CID 9540 Movable Beam Limiting Device Type."""

class Cid9542Code(_Code):
    """A code of CID 9542 Compensator Device Type."""

class Cid9543Code(_Code):
    """A code of CID 9543 Radiotherapy Treatment Machine Mode."""

class Cid9554Code(_Code):
    """A code of CID 9554 Equipment Reference Point (with the codes of the groups it includes)."""

class Cid9544Code(Cid9554Code):
    """A code of CID 9544 Radiotherapy Distance Reference Location."""

class Cid9546Code(_Code):
    """A code of CID 9546 Radiotherapy Wedge Type."""

class Cid9547Code(_Code):
    """A code of CID 9547 RT Beam Limiting Device Orientation Label."""

class Cid9548Code(_Code):
    """A code of CID 9548 General Accessory Device Type."""

class Cid9549Code(_Code):
    """A code of CID 9549 Radiation Generation Mode Type."""

class Cid9550Code(_Code):
    """A code of CID 9550 C-Arm Photon-Electron Delivery Rate Unit."""

class Cid9551Code(_Code):
    """A code of CID 9551 Treatment Delivery Device Type."""

class Cid9552Code(Cid9269Code):
    """A code of CID 9552 C-Arm Photon-Electron Dosimeter Unit."""

class Cid9574Code(_Code):
    """A code of CID 9574 Patient Position Displacement Reference Point (with the codes of the groups it includes)."""

class Cid9553Code(Cid9574Code):
    """A code of CID 9553 Treatment Point."""

class Cid9555Code(_Code):
    """A code of CID 9555 Radiotherapy Treatment Planning Person Role."""

class Cid9556Code(_Code):
    """A code of CID 9556 Radiotherapy Robotic Node Set."""

class Cid9557Code(Cid9269Code):
    """A code of CID 9557 Tomotherapeutic Dosimeter Unit."""

class Cid9558Code(_Code):
    """A code of CID 9558 Tomotherapeutic Dose Rate Unit."""

class Cid9559Code(Cid9269Code):
    """A code of CID 9559 Robotic Delivery Device Dosimeter Unit."""

class Cid9560Code(_Code):
    """A code of CID 9560 Robotic Delivery Device Dose Rate Unit."""

class Cid9561Code(_Code):
    """A code of CID 9561 Treatment Termination Reason (with the codes of the groups it includes)."""

class Cid9562Code(_Code):
    """A code of CID 9562 Radiotherapy Treatment Delivery Person Role."""

class Cid9563Code(_Code):
    """A code of CID 9563 Radiotherapy Interlock Resolution."""

class Cid9564Code(_Code):
    """A code of CID 9564 Treatment Session Confirmation Assertion."""

class Cid9565Code(_Code):
    """A code of CID 9565 Treatment Tolerance Violation Cause."""

class Cid9566Code(_Code):
    """A code of CID 9566 Clinical Tolerance Violation Type."""

class Cid9567Code(_Code):
    """A code of CID 9567 Machine Tolerance Violation Type."""

class Cid9568Code(Cid9561Code):
    """A code of CID 9568 Radiotherapy Treatment Interlock."""

class Cid9569Code(Cid9570Code):
    """A code of CID 9569 Isocentric Patient Support Position Parameter."""

class Cid9571Code(_Code):
    """A code of CID 9571 Patient Treatment Preparation Method."""

class Cid9572Code(Cid9573Code):
    """A code of CID 9572 Patient Shielding Device."""

class Cid9575Code(Cid9573Code):
    """A code of CID 9575 Patient Alignment Device."""

class Cid9576Code(_Code):
    """A code of CID 9576 Reasons for RT Radiation Treatment Omission."""

class Cid9577Code(_Code):
    """A code of CID 9577 Patient Treatment Preparation Procedure."""

class Cid9578Code(Cid9573Code):
    """A code of CID 9578 Motion Management Setup Device."""

class Cid9581Code(_Code):
    """A code of CID 9581 Radiotherapy Registration Mark."""

class Cid9582Code(_Code):
    """A code of CID 9582 Radiotherapy Dose Region."""

class Cid10000Code(_Code):
    """A code of CID 10000 Scope of Accumulation."""

class Cid10001Code(_Code):
    """A code of CID 10001 UID Type."""

class Cid10002Code(_Code):
    """A code of CID 10002 Irradiation Event Type."""

class Cid10003Code(_Code):
    """A code of CID 10003 Equipment Plane Identification."""

class Cid10004Code(_Code):
    """A code of CID 10004 Fluoro Mode."""

class Cid10005Code(_Code):
    """A code of CID 10005 X-Ray Radiation Dose Procedure Type Reported."""

class Cid10067Code(_Code):
    """A code of CID 10067 Radiation Attenuator Material (with the codes of the groups it includes)."""

class Cid10006Code(Cid10067Code):
    """A code of CID 10006 X-Ray Filter Material."""

class Cid10007Code(_Code):
    """A code of CID 10007 X-Ray Filter Type."""

class Cid10008Code(_Code):
    """A code of CID 10008 Dose Related Distance Measurement."""

class Cid10009Code(_Code):
    """A code of CID 10009 Measured/Calculated."""

class Cid10010Code(_Code):
    """A code of CID 10010 Dose Measurement Device."""

class Cid10011Code(_Code):
    """A code of CID 10011 Effective Dose Evaluation Method."""

class Cid10013Code(_Code):
    """A code of CID 10013 CT Acquisition Type."""

class Cid10014Code(_Code):
    """A code of CID 10014 Contrast Imaging Technique."""

class Cid10015Code(_Code):
    """A code of CID 10015 CT Dose Reference Authority."""

class Cid10016Code(_Code):
    """A code of CID 10016 Anode Target Material."""

class Cid10017Code(_Code):
    """A code of CID 10017 X-Ray Grid."""

class Cid10020Code(_Code):
    """A code of CID 10020 Source of Projection X-Ray Dose Information."""

class Cid10021Code(_Code):
    """A code of CID 10021 Source of CT Dose Information."""

class Cid10022Code(_Code):
    """A code of CID 10022 Label Type."""

class Cid10023Code(_Code):
    """A code of CID 10023 Size Specific Dose Estimation Method for CT."""

class Cid10024Code(_Code):
    """A code of CID 10024 Water Equivalent Diameter Method."""

class Cid10025Code(_Code):
    """A code of CID 10025 Radiation Dose Reference Point."""

class Cid10030Code(_Code):
    """A code of CID 10030 Detector Type."""

class Cid10031Code(_Code):
    """A code of CID 10031 CR/DR Mechanical Configuration."""

class Cid10032Code(_Code):
    """A code of CID 10032 Projection X-Ray Acquisition Device Type."""

class Cid10033Code(_Code):
    """A code of CID 10033 CT Reconstruction Algorithm."""

class Cid10034Code(_Code):
    """A code of CID 10034 Reason for Repeating Acquisition."""

class Cid10040Code(_Code):
    """A code of CID 10040 Radiopharmaceutical Organ Dose Reference Authority."""

class Cid10041Code(_Code):
    """A code of CID 10041 Source of Radioisotope Activity Information."""

class Cid10043Code(Cid60Code):
    """A code of CID 10043 Intravenous Extravasation Symptom."""

class Cid10060Code(_Code):
    """A code of CID 10060 Organ for Radiation Dose Estimate (with the codes of the groups it includes)."""

class Cid10044Code(Cid10060Code):
    """A code of CID 10044 Radiosensitive Organ."""

class Cid10046Code(_Code):
    """A code of CID 10046 GFR Measurement."""

class Cid10047Code(_Code):
    """A code of CID 10047 GFR Measurement Method."""

class Cid10050Code(_Code):
    """A code of CID 10050 Summary Radiation Exposure Quantity."""

class Cid10061Code(_Code):
    """A code of CID 10061 Absorbed Radiation Dose Type."""

class Cid10062Code(_Code):
    """A code of CID 10062 Equivalent Radiation Dose Type."""

class Cid10063Code(_Code):
    """A code of CID 10063 Radiation Dose Estimate Distribution Representation."""

class Cid10064Code(_Code):
    """A code of CID 10064 Patient Model Type."""

class Cid10065Code(_Code):
    """A code of CID 10065 Radiation Transport Model Type."""

class Cid10066Code(_Code):
    """A code of CID 10066 Attenuator Category."""

class Cid10068Code(_Code):
    """A code of CID 10068 Estimate Method Type."""

class Cid10069Code(_Code):
    """A code of CID 10069 Radiation Dose Estimate Parameter."""

class Cid10070Code(Cid7180Code):
    """A code of CID 10070 Radiation Dose Type."""

class Cid10071Code(Cid7181Code):
    """A code of CID 10071 Radiation Dose Unit."""

class Cid10073Code(_Code):
    """A code of CID 10073 Value Timing."""

class Cid10074Code(_Code):
    """A code of CID 10074 RDSR Frame of Reference Origin."""

class Cid11001Code(_Code):
    """A code of CID 11001 Photoacoustic Illumination Method."""

class Cid11002Code(_Code):
    """A code of CID 11002 Acoustic Coupling Medium."""

class Cid11003Code(_Code):
    """A code of CID 11003 Ultrasound Transducer Technology."""

class Cid11004Code(_Code):
    """A code of CID 11004 Speed of Sound Correction Mechanisms."""

class Cid11005Code(_Code):
    """A code of CID 11005 Photoacoustic Reconstruction Algorithm Family."""

class Cid11006Code(_Code):
    """A code of CID 11006 Photoacoustic Imaged Property."""

class Cid12003Code(_Code):
    """A code of CID 12003 OB-GYN Date."""

class Cid12279Code(_Code):
    """A code of CID 12279 Cardiac Ultrasound Fetal General Measurement (with the codes of the groups it includes)."""

class Cid12004Code(Cid12279Code):
    """A code of CID 12004 Fetal Biometry Ratio."""

class Cid12005Code(_Code):
    """A code of CID 12005 Fetal Biometry Measurement."""

class Cid12006Code(_Code):
    """A code of CID 12006 Fetal Long Bones Biometry Measurement."""

class Cid12007Code(_Code):
    """A code of CID 12007 Fetal Cranium Measurement."""

class Cid12008Code(_Code):
    """A code of CID 12008 OB-GYN Amniotic Sac Measurement."""

class Cid12009Code(_Code):
    """A code of CID 12009 Early Gestation Biometry Measurement."""

class Cid12011Code(_Code):
    """A code of CID 12011 Ultrasound Pelvis and Uterus Measurement."""

class Cid12012Code(_Code):
    """A code of CID 12012 OB Equation/Table (with the codes of the groups it includes)."""

class Cid12013Code(Cid12012Code):
    """A code of CID 12013 Gestational Age Equation/Table."""

class Cid12014Code(Cid12012Code):
    """A code of CID 12014 OB Fetal Body Weight Equation/Table."""

class Cid12015Code(Cid12012Code):
    """A code of CID 12015 Fetal Growth Equation/Table."""

class Cid12016Code(Cid12012Code):
    """A code of CID 12016 Estimated Fetal Weight Percentile Equation/Table."""

class Cid12017Code(_Code):
    """A code of CID 12017 Growth Distribution Rank."""

class Cid12018Code(_Code):
    """A code of CID 12018 OB-GYN Summary."""

class Cid12019Code(_Code):
    """A code of CID 12019 OB-GYN Fetus Summary."""

class Cid12020Code(Cid8134Code):
    """A code of CID 12020 Fetal Biometry Anatomic Site."""

class Cid12021Code(Cid8134Code):
    """A code of CID 12021 Fetal Long Bone Anatomic Site."""

class Cid12022Code(Cid8134Code):
    """A code of CID 12022 Fetal Cranium Anatomic Site."""

class Cid12023Code(Cid8134Code):
    """A code of CID 12023 Pelvis and Uterus Anatomic Site."""

class Cid12024Code(_Code):
    """A code of CID 12024 OB-GYN Ultrasound Report Document Title."""

class Cid12025Code(_Code):
    """A code of CID 12025 OB-GYN Ultrasound Beam Path."""

class Cid12030Code(_Code):
    """A code of CID 12030 Ultrasound Contrast/Bolus Agent."""

class Cid12031Code(_Code):
    """A code of CID 12031 Protocol Interval Event."""

class Cid12032Code(_Code):
    """A code of CID 12032 Transducer Scan Pattern."""

class Cid12033Code(_Code):
    """A code of CID 12033 Ultrasound Transducer Geometry."""

class Cid12034Code(_Code):
    """A code of CID 12034 Ultrasound Transducer Beam Steering."""

class Cid12035Code(_Code):
    """A code of CID 12035 Ultrasound Transducer Application."""

class Cid12100Code(Cid7000Code):
    """A code of CID 12100 Vascular Ultrasound Report Document Title."""

class Cid12101Code(_Code):
    """A code of CID 12101 Vascular Summary."""

class Cid12102Code(Cid12002Code, Cid631Code):
    """A code of CID 12102 Temporal Period Relating to Procedure or Therapy."""

class Cid12103Code(Cid8134Code):
    """A code of CID 12103 Vascular Ultrasound Anatomic Location (with the codes of the groups it includes)."""

class Cid12104Code(Cid12103Code, Cid3827Code):
    """A code of CID 12104 Extracranial Artery."""

class Cid12105Code(Cid12103Code, Cid3827Code):
    """A code of CID 12105 Intracranial Cerebral Vessel."""

class Cid12106Code(Cid12103Code, Cid3827Code):
    """A code of CID 12106 Intracranial Cerebral Vessel (Unilateral)."""

class Cid12107Code(Cid12103Code, Cid3827Code):
    """A code of CID 12107 Upper Extremity Artery."""

class Cid12108Code(Cid12103Code, Cid3827Code):
    """A code of CID 12108 Upper Extremity Vein."""

class Cid12109Code(Cid12103Code, Cid3827Code):
    """A code of CID 12109 Lower Extremity Artery."""

class Cid12110Code(Cid12103Code, Cid3827Code):
    """A code of CID 12110 Lower Extremity Vein."""

class Cid12125Code(_Code):
    """A code of CID 12125 Abdominopelvic Vessel (with the codes of the groups it includes)."""

class Cid12111Code(Cid12125Code, Cid12103Code, Cid3827Code):
    """A code of CID 12111 Abdominopelvic Artery (Paired)."""

class Cid12112Code(Cid12125Code, Cid12103Code, Cid3827Code):
    """A code of CID 12112 Abdominopelvic Artery (Unpaired)."""

class Cid12113Code(Cid12125Code, Cid12103Code, Cid3827Code):
    """A code of CID 12113 Abdominopelvic Vein (Paired)."""

class Cid12114Code(Cid12125Code, Cid12103Code, Cid3827Code):
    """A code of CID 12114 Abdominopelvic Vein (Unpaired)."""

class Cid12115Code(Cid12103Code, Cid3827Code):
    """A code of CID 12115 Renal Vessel."""

class Cid12116Code(_Code):
    """A code of CID 12116 Vessel Segment Modifier."""

class Cid12117Code(_Code):
    """A code of CID 12117 Vessel Branch Modifier."""

class Cid12118Code(_Code):
    """A code of CID 12118 Measurement Orientation."""

class Cid12119Code(_Code):
    """A code of CID 12119 Vascular Ultrasound Property (with the codes of the groups it includes)."""

class Cid12120Code(Cid12119Code):
    """A code of CID 12120 Ultrasound Blood Velocity Measurement."""

class Cid12121Code(Cid12119Code):
    """A code of CID 12121 Vascular Index/Ratio."""

class Cid12122Code(Cid12119Code):
    """A code of CID 12122 Other Vascular Property."""

class Cid12123Code(_Code):
    """A code of CID 12123 Carotid Ratio."""

class Cid12124Code(_Code):
    """A code of CID 12124 Renal Ratio."""

class Cid12130Code(_Code):
    """A code of CID 12130 Organ Part (Non-Lateralized)."""

class Cid12131Code(_Code):
    """A code of CID 12131 Organ Part (Lateralized)."""

class Cid12140Code(_Code):
    """A code of CID 12140 Pelvic Vasculature Anatomical Location."""

class Cid12141Code(_Code):
    """A code of CID 12141 Fetal Vasculature Anatomical Location."""

class Cid12200Code(_Code):
    """A code of CID 12200 Echocardiography Left Ventricle Measurement (with the codes of the groups it includes)."""

class Cid12201Code(Cid12200Code):
    """A code of CID 12201 Left Ventricle Linear Measurement."""

class Cid12202Code(Cid12200Code):
    """A code of CID 12202 Left Ventricle Volume Measurement."""

class Cid12203Code(Cid12200Code):
    """A code of CID 12203 Left Ventricle Other Measurement."""

class Cid12204Code(_Code):
    """A code of CID 12204 Echocardiography Right Ventricle Measurement (with the codes of the groups it includes)."""

class Cid12205Code(_Code):
    """A code of CID 12205 Echocardiography Left Atrium Measurement (with the codes of the groups it includes)."""

class Cid12206Code(_Code):
    """A code of CID 12206 Echocardiography Right Atrium Measurement (with the codes of the groups it includes)."""

class Cid12207Code(_Code):
    """A code of CID 12207 Echocardiography Mitral Valve Measurement (with the codes of the groups it includes)."""

class Cid12208Code(_Code):
    """A code of CID 12208 Echocardiography Tricuspid Valve Measurement (with the codes of the groups it includes)."""

class Cid12209Code(_Code):
    """A code of CID 12209 Echocardiography Pulmonic Valve Measurement (with the codes of the groups it includes)."""

class Cid12210Code(_Code):
    """A code of CID 12210 Echocardiography Pulmonary Artery Measurement (with the codes of the groups it includes)."""

class Cid12211Code(_Code):
    """A code of CID 12211 Echocardiography Aortic Valve Measurement (with the codes of the groups it includes)."""

class Cid12212Code(_Code):
    """A code of CID 12212 Echocardiography Aorta Measurement (with the codes of the groups it includes)."""

class Cid12214Code(_Code):
    """A code of CID 12214 Echocardiography Pulmonary Vein Measurement (with the codes of the groups it includes)."""

class Cid12215Code(_Code):
    """A code of CID 12215 Echocardiography Vena Cava Measurement (with the codes of the groups it includes)."""

class Cid12216Code(_Code):
    """A code of CID 12216 Echocardiography Hepatic Vein Measurement (with the codes of the groups it includes)."""

class Cid12217Code(_Code):
    """A code of CID 12217 Echocardiography Cardiac Shunt Measurement (with the codes of the groups it includes)."""

class Cid12218Code(_Code):
    """A code of CID 12218 Echocardiography Congenital Anomaly Measurement (with the codes of the groups it includes)."""

class Cid12237Code(_Code):
    """A code of CID 12237 Echocardiography Anatomic Site Modifier (with the codes of the groups it includes)."""

class Cid12219Code(Cid12237Code):
    """A code of CID 12219 Pulmonary Vein Modifier."""

class Cid12259Code(_Code):
    """A code of CID 12259 Cardiac Ultrasound Ventricles Measurement (with the codes of the groups it includes)."""

class Cid12271Code(_Code):
    """A code of CID 12271 Cardiac Ultrasound Outflow Tract Measurement (with the codes of the groups it includes)."""

class Cid12257Code(Cid12271Code, Cid12259Code):
    """A code of CID 12257 Cardiac Ultrasound Left Ventricle Measurement (with the codes of the groups it includes)."""

class Cid12258Code(Cid12271Code, Cid12259Code):
    """A code of CID 12258 Cardiac Ultrasound Right Ventricle Measurement (with the codes of the groups it includes)."""

class Cid12260Code(_Code):
    """A code of CID 12260 Cardiac Ultrasound Pulmonary Artery Measurement (with the codes of the groups it includes)."""

class Cid12272Code(_Code):
    """A code of CID 12272 Cardiac Ultrasound Semilunar Valve, Annulate and Sinus Measurement (with the codes of the groups it includes)."""

class Cid12262Code(Cid12272Code, Cid12271Code, Cid12263Code):
    """A code of CID 12262 Cardiac Ultrasound Pulmonary Valve Measurement (with the codes of the groups it includes)."""

class Cid12265Code(_Code):
    """A code of CID 12265 Cardiac Ultrasound Atria and Atrial Septum Measurement (with the codes of the groups it includes)."""

class Cid12269Code(_Code):
    """A code of CID 12269 Cardiac Ultrasound Interventricular Septum Measurement (with the codes of the groups it includes)."""

class Cid12274Code(_Code):
    """A code of CID 12274 Cardiac Ultrasound Aorta Measurement (with the codes of the groups it includes)."""

class Cid12270Code(Cid12274Code, Cid12272Code, Cid12271Code):
    """A code of CID 12270 Cardiac Ultrasound Aortic Valve Measurement (with the codes of the groups it includes)."""

class Cid12273Code(Cid12274Code):
    """A code of CID 12273 Cardiac Ultrasound Aortic Sinotubular Junction Measurement (with the codes of the groups it includes)."""

class Cid12275Code(_Code):
    """A code of CID 12275 Cardiac Ultrasound Coronary Artery Measurement (with the codes of the groups it includes)."""

class Cid12220Code(
    Cid12275Code,
    Cid12273Code,
    Cid12270Code,
    Cid12269Code,
    Cid12265Code,
    Cid12262Code,
    Cid12260Code,
    Cid12258Code,
    Cid12257Code,
    Cid12218Code,
    Cid12217Code,
    Cid12216Code,
    Cid12215Code,
    Cid12214Code,
    Cid12212Code,
    Cid12211Code,
    Cid12210Code,
    Cid12209Code,
    Cid12208Code,
    Cid12207Code,
    Cid12206Code,
    Cid12205Code,
    Cid12204Code,
    Cid12200Code,
    Cid12276Code,
    Cid12267Code,
    Cid12266Code,
    Cid12264Code,
    Cid12261Code,
):
    """A code of CID 12220 Echocardiography Common Measurement."""

class Cid12221Code(_Code):
    """A code of CID 12221 Flow Direction."""

class Cid12222Code(
    Cid12275Code,
    Cid12273Code,
    Cid12270Code,
    Cid12269Code,
    Cid12265Code,
    Cid12262Code,
    Cid12260Code,
    Cid12258Code,
    Cid12257Code,
    Cid12218Code,
    Cid12211Code,
    Cid12209Code,
    Cid12208Code,
    Cid12207Code,
    Cid12204Code,
    Cid12200Code,
    Cid12276Code,
    Cid12267Code,
    Cid12266Code,
    Cid12264Code,
    Cid12261Code,
):
    """A code of CID 12222 Orifice Flow Property."""

class Cid12236Code(_Code):
    """A code of CID 12236 Echocardiography Anatomic Site (with the codes of the groups it includes)."""

class Cid12223Code(Cid12236Code):
    """A code of CID 12223 Echocardiography Stroke Volume Origin."""

class Cid12224Code(Cid6058Code):
    """A code of CID 12224 Ultrasound Image Mode."""

class Cid12226Code(Cid501Code):
    """A code of CID 12226 Echocardiography Image View."""

class Cid12227Code(_Code):
    """A code of CID 12227 Echocardiography Measurement Method (with the codes of the groups it includes)."""

class Cid12228Code(Cid12227Code):
    """A code of CID 12228 Echocardiography Volume Method."""

class Cid12229Code(Cid12227Code):
    """A code of CID 12229 Echocardiography Area Method."""

class Cid12230Code(Cid12227Code):
    """A code of CID 12230 Gradient Method."""

class Cid12231Code(Cid12227Code):
    """A code of CID 12231 Volume Flow Method."""

class Cid12232Code(Cid12227Code):
    """A code of CID 12232 Myocardium Mass Method."""

class Cid12233Code(_Code):
    """A code of CID 12233 Cardiac Phase."""

class Cid12234Code(_Code):
    """A code of CID 12234 Respiration State."""

class Cid12235Code(Cid12236Code):
    """A code of CID 12235 Mitral Valve Anatomic Site."""

class Cid12238Code(_Code):
    """A code of CID 12238 Wall Motion Scoring Scheme."""

class Cid12239Code(
    Cid12270Code,
    Cid12262Code,
    Cid12257Code,
    Cid12207Code,
    Cid12200Code,
    Cid12267Code,
    Cid12266Code,
    Cid12264Code,
):
    """A code of CID 12239 Cardiac Output Property."""

class Cid12240Code(Cid12200Code):
    """A code of CID 12240 Left Ventricle Area Measurement."""

class Cid12241Code(Cid12236Code):
    """A code of CID 12241 Tricuspid Valve Finding Site."""

class Cid12242Code(Cid12236Code):
    """A code of CID 12242 Aortic Valve Finding Site."""

class Cid12243Code(Cid12236Code):
    """A code of CID 12243 Left Ventricle Finding Site."""

class Cid12244Code(Cid12236Code):
    """A code of CID 12244 Congenital Finding Site."""

class Cid12245Code(_Code):
    """A code of CID 12245 Cardiac Ultrasound Report Title."""

class Cid12246Code(_Code):
    """A code of CID 12246 Cardiac Ultrasound Indication for Study."""

class Cid12247Code(_Code):
    """A code of CID 12247 Pediatric, Fetal and Congenital Cardiac Surgical Intervention."""

class Cid12249Code(_Code):
    """A code of CID 12249 Cardiac Ultrasound Fetal Summary Code (with the codes of the groups it includes)."""

class Cid12248Code(Cid12249Code):
    """A code of CID 12248 Cardiac Ultrasound Summary Code."""

class Cid12251Code(Cid12262Code, Cid12267Code, Cid12266Code):
    """A code of CID 12251 Cardiac Ultrasound Linear Valve Measurement (with the codes of the groups it includes)."""

class Cid12277Code(_Code):
    """A code of CID 12277 Cardiac Ultrasound Pericardium and Pleura Measurement (with the codes of the groups it includes)."""

class Cid12250Code(
    Cid12277Code,
    Cid12251Code,
    Cid12275Code,
    Cid12273Code,
    Cid12270Code,
    Cid12269Code,
    Cid12265Code,
    Cid12260Code,
    Cid12258Code,
    Cid12257Code,
    Cid12218Code,
    Cid12264Code,
):
    """A code of CID 12250 Cardiac Ultrasound Common Linear Measurement."""

class Cid12252Code(
    Cid12270Code, Cid12262Code, Cid12257Code, Cid12267Code, Cid12266Code, Cid12264Code
):
    """A code of CID 12252 Cardiac Ultrasound Cardiac Function."""

class Cid12253Code(
    Cid12270Code,
    Cid12269Code,
    Cid12265Code,
    Cid12262Code,
    Cid12260Code,
    Cid12258Code,
    Cid12257Code,
    Cid12267Code,
    Cid12266Code,
    Cid12264Code,
):
    """A code of CID 12253 Cardiac Ultrasound Area Measurement."""

class Cid12254Code(
    Cid12270Code,
    Cid12262Code,
    Cid12260Code,
    Cid12258Code,
    Cid12257Code,
    Cid12267Code,
    Cid12266Code,
    Cid12264Code,
    Cid12261Code,
):
    """A code of CID 12254 Cardiac Ultrasound Hemodynamic Measurement."""

class Cid12255Code(Cid12265Code, Cid12258Code, Cid12257Code):
    """A code of CID 12255 Cardiac Ultrasound Myocardium Measurement."""

class Cid12280Code(_Code):
    """A code of CID 12280 Cardiac Ultrasound Target Site."""

class Cid12281Code(_Code):
    """A code of CID 12281 Cardiac Ultrasound Target Site Modifier."""

class Cid12282Code(_Code):
    """A code of CID 12282 Cardiac Ultrasound Venous Return Systemic Finding Site."""

class Cid12283Code(_Code):
    """A code of CID 12283 Cardiac Ultrasound Venous Return Pulmonary Finding Site."""

class Cid12284Code(_Code):
    """A code of CID 12284 Cardiac Ultrasound Atria and Atrial Septum Finding Site."""

class Cid12285Code(_Code):
    """A code of CID 12285 Cardiac Ultrasound Atrioventricular Valve Finding Site."""

class Cid12286Code(_Code):
    """A code of CID 12286 Cardiac Ultrasound Interventricular Septum Finding Site."""

class Cid12287Code(_Code):
    """A code of CID 12287 Cardiac Ultrasound Ventricle Finding Site."""

class Cid12288Code(_Code):
    """A code of CID 12288 Cardiac Ultrasound Outflow Tract Finding Site."""

class Cid12289Code(_Code):
    """A code of CID 12289 Cardiac Ultrasound Semilunar Valve, Annulus and Sinus Finding Site."""

class Cid12290Code(_Code):
    """A code of CID 12290 Cardiac Ultrasound Pulmonary Artery Finding Site."""

class Cid12291Code(_Code):
    """A code of CID 12291 Cardiac Ultrasound Aorta Finding Site."""

class Cid12292Code(_Code):
    """A code of CID 12292 Cardiac Ultrasound Coronary Artery Finding Site."""

class Cid12293Code(_Code):
    """A code of CID 12293 Cardiac Ultrasound Aortopulmonary Connection Finding Site."""

class Cid12294Code(_Code):
    """A code of CID 12294 Cardiac Ultrasound Pericardium and Pleura Finding Site."""

class Cid12300Code(_Code):
    """A code of CID 12300 Core Echo Measurement (with the codes of the groups it includes)."""

class Cid12301Code(_Code):
    """A code of CID 12301 Measurement Selection Reason."""

class Cid12302Code(_Code):
    """A code of CID 12302 Echo Finding Observation Type."""

class Cid12303Code(_Code):
    """A code of CID 12303 Echo Measurement Type."""

class Cid12304Code(_Code):
    """A code of CID 12304 Echo Measured Property (with the codes of the groups it includes)."""

class Cid12305Code(_Code):
    """A code of CID 12305 Basic Echo Anatomic Site."""

class Cid12306Code(_Code):
    """A code of CID 12306 Echo Flow Direction."""

class Cid12307Code(_Code):
    """A code of CID 12307 Cardiac Phase and Time Point."""

class Cid12308Code(_Code):
    """A code of CID 12308 Ultrasound Shear Wave Measurement."""

class Cid12309Code(Cid12300Code):
    """A code of CID 12309 Core Echo Strain Measurement."""

class Cid12310Code(Cid12227Code):
    """A code of CID 12310 Myocardial Strain Method."""

class Cid12311Code(Cid12304Code):
    """A code of CID 12311 Echo Measured Strain Property."""

class Cid12320Code(Cid7000Code):
    """A code of CID 12320 General Ultrasound Report Document Title."""

class Cid12321Code(_Code):
    """A code of CID 12321 Elastography Site."""

class Cid12323Code(_Code):
    """A code of CID 12323 Ultrasound Relevant Patient Condition."""

class Cid12324Code(_Code):
    """A code of CID 12324 Shear Wave Detection Method."""

class Cid12325Code(_Code):
    """A code of CID 12325 Liver Ultrasound Study Indication."""
