package kr.civicdata.api.disaster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The hazard a response plan is for. The Korean label is stored with each plan, as printed. */
@Schema(name = "Hazard", description = "FLOOD (풍수해, storms and floods) or HEATWAVE (폭염).")
public enum Hazard {
    /** 풍수해. */
    FLOOD,
    /** 폭염. */
    HEATWAVE
}
