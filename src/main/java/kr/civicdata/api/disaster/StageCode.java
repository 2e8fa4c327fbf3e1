package kr.civicdata.api.disaster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stages of a response plan, as the flood plan of document 004 names them. */
@Schema(name = "DisasterResponseStageCode", description = "NORMAL (평시), REINFORCED (보강), STAGE_1 (1단계), STAGE_2 (2단계), STAGE_3 (3단계).")
public enum StageCode {
    /** 평시. */
    NORMAL,
    /** 보강. */
    REINFORCED,
    /** 1단계. */
    STAGE_1,
    /** 2단계. */
    STAGE_2,
    /** 3단계. */
    STAGE_3
}
