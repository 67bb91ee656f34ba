package org.corridorwatch.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.corridorwatch.files.AtomicFiles;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.SiteFeatures;
import org.corridorwatch.model.ReviewMarks;
import org.corridorwatch.model.TileOutcome;

/**
 * {@code report.html}: one self-contained static page (inline CSS, JS and SVG; chips by relative
 * path) listing candidates best first with chips, score components, reasons, chainage and place, and
 * an overview map. Opened from disk it is read-only (filters and j/k navigation work); served by
 * {@code corridorwatch review serve} the same page finds {@code api/session} and turns on triage.
 * Every text from the data is escaped with {@link Html#escape}; the script only ever sets
 * {@code textContent}.
 */
public final class ReportPage {
    private ReportPage() {
    }

    /** Writes {@code runDir/report.html} through a temporary name. */
    public static Path write(Path runDir, List<Candidate> candidates, List<TileOutcome> tiles, List<Corridor> corridors,
                             CandidatesGeoJson.RunContext ctx, ReviewMarks marks, Map<String, CandidateChips> chips) {
        return write(runDir, candidates, tiles, corridors, List.of(), "", ctx, marks, chips);
    }

    /** As above, with the roads the corridors were measured along and the road data's provenance ("" if none). */
    public static Path write(Path runDir, List<Candidate> candidates, List<TileOutcome> tiles, List<Corridor> corridors,
                             List<CorridorRoad> roads, String roadData, CandidatesGeoJson.RunContext ctx, ReviewMarks marks,
                             Map<String, CandidateChips> chips) {
        return AtomicFiles.writeString(runDir.resolve("report.html"),
                render(candidates, tiles, corridors, roads, roadData, ctx, marks, chips));
    }

    public static String render(List<Candidate> candidates, List<TileOutcome> tiles, List<Corridor> corridors,
                                CandidatesGeoJson.RunContext ctx, ReviewMarks marks, Map<String, CandidateChips> chips) {
        return render(candidates, tiles, corridors, List.of(), "", ctx, marks, chips);
    }

    public static String render(List<Candidate> candidates, List<TileOutcome> tiles, List<Corridor> corridors,
                                List<CorridorRoad> roads, String roadData, CandidatesGeoJson.RunContext ctx,
                                ReviewMarks marks, Map<String, CandidateChips> chips) {
        StringBuilder b = new StringBuilder(32_768);
        long flagged = candidates.stream().filter(Candidate::flagged).count();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>CorridorWatch candidates ").append(Html.escape(ctx.beforeDate())).append(" → ")
                .append(Html.escape(ctx.afterDate())).append("</title><style>").append(CSS).append("</style></head>\n<body>");
        b.append("<header><h1>CorridorWatch candidates</h1><p class=\"run\">before <b>")
                .append(Html.escape(ctx.beforeDate())).append("</b> (").append(Html.escape(fileName(ctx.beforeScene())))
                .append("), after <b>").append(Html.escape(ctx.afterDate())).append("</b> (")
                .append(Html.escape(fileName(ctx.afterScene())))
                .append(") · ").append(candidates.size()).append(" candidates, ").append(flagged)
                .append(" flagged (score ≥ ").append(fmt(ctx.reportThreshold(), 2)).append(")</p>");
        b.append("<div class=\"bar\"><label>Corridor <select id=\"f-corridor\"><option value=\"\">all</option>");
        for (String c : new TreeSet<>(candidates.stream().map(Candidate::corridor).toList())) {
            b.append("<option value=\"").append(Html.escape(c)).append("\">").append(Html.escape(c.isEmpty() ? "(none)" : c))
                    .append("</option>");
        }
        b.append("</select></label> <label>Status <select id=\"f-status\"><option value=\"\">all</option>")
                .append("<option value=\"open\">not reviewed</option><option value=\"confirm\">confirmed</option>")
                .append("<option value=\"reject\">rejected</option><option value=\"unsure\">unsure</option>")
                .append("<option value=\"flagged\">flagged only</option></select></label>")
                .append(" <span class=\"triage-only\"><label>Reviewer <input id=\"reviewer\" maxlength=\"100\" ")
                .append("placeholder=\"your name\"></label> <b id=\"progress\"></b></span>")
                .append("<span class=\"keys\">keys: j/k next/previous")
                .append("<span class=\"triage-only\">, c confirm, r reject, u unsure</span></span>")
                .append(" <span id=\"mode\">static report (open with <code>corridorwatch review serve</code> to triage)</span>")
                .append("<span id=\"message\" role=\"status\"></span></div></header>\n");
        b.append("<section class=\"map\">").append(OverviewMap.svg(candidates, tiles, corridors, roads, marks, 640))
                .append("<p class=\"legend\"><span class=\"dot flagged\"></span> flagged <span class=\"dot other\"></span> ")
                .append("below threshold <span class=\"dot known\"></span> known incident ")
                .append("<span class=\"dot suppressed\"></span> suppressed by a rejection")
                .append(roadData.isBlank() ? "" : " · road: <span class=\"line road-osm\"></span> road data "
                        + "<span class=\"line road-imagery\"></span> imagery <span class=\"line road-configured\"></span> configured line "
                        + "(roads.geojson)</p><p class=\"legend\">Road data: " + Html.escape(roadData))
                .append("</p></section>\n<main id=\"cards\">");
        for (Candidate c : candidates) {
            card(b, c, marks, chips.get(c.id()));
        }
        if (candidates.isEmpty()) {
            b.append("<p class=\"empty\">No candidate in this run.</p>");
        }
        b.append("</main><script>").append(JS).append("</script></body></html>\n");
        return b.toString();
    }

    private static void card(StringBuilder b, Candidate c, ReviewMarks marks, CandidateChips ch) {
        String id = Html.escape(c.id());
        String sup = marks.suppressedBy(c.id());
        String known = marks.knownIncident(c.id());
        b.append("<article class=\"card").append(c.flagged() ? " flagged" : "").append(sup != null ? " suppressed" : "")
                .append("\" id=\"c-").append(id).append("\" data-id=\"").append(id).append("\" data-corridor=\"")
                .append(Html.escape(c.corridor())).append("\" data-flagged=\"").append(c.flagged()).append("\" data-status=\"open\">");
        b.append("<h2><span class=\"rank\">#").append(c.rank()).append("</span> ").append(Html.escape(c.pattern()))
                .append(" <span class=\"score\">score ").append(fmt(c.score(), 2)).append("</span>")
                .append(c.flagged() ? " <span class=\"tag flag\">flagged</span>" : "")
                .append(" <span class=\"tag decision\" hidden></span></h2>");
        b.append("<p class=\"place\">").append(Html.escape(c.place())).append("</p><p class=\"ids\">")
                .append(id).append(" · ").append(fmt(c.lat(), 5)).append(", ").append(fmt(c.lon(), 5));
        if (!Double.isNaN(c.chainageKm())) {
            b.append(" · km ").append(fmt(c.chainageKm(), 1)).append(" on ").append(Html.escape(c.corridor()))
                    .append(", offset ").append(fmt(c.offsetM(), 0)).append(" m");
        }
        b.append("</p>");
        if (sup != null) {
            b.append("<p class=\"note-mark\">Suppressed: overlaps rejected site <code>").append(Html.escape(sup))
                    .append("</code> of the same pattern.</p>");
        }
        if (known != null) {
            b.append("<p class=\"note-mark\">Known incident: overlaps confirmed site <code>").append(Html.escape(known))
                    .append("</code>.</p>");
        }
        b.append("<div class=\"body\"><div class=\"chips\">");
        if (ch != null) {
            chip(b, ch.before(), "before, true colour");
            chip(b, ch.after(), "after, true colour");
            chip(b, ch.falseColour(), "after, " + ch.falseLabel());
            chip(b, ch.evidence(), "burn evidence");
        } else {
            b.append("<p class=\"nochips\">no chips for this candidate (below the chip cut-off, or scanned with --no-chips)</p>");
        }
        b.append("</div><div class=\"facts\"><table>");
        row(b, "score", fmt(c.score(), 3));
        for (Map.Entry<String, Double> e : c.components().entrySet()) {
            row(b, e.getKey() + " term", fmt(e.getValue(), 3));
        }
        SiteFeatures f = c.features();
        row(b, "area", fmt(f.areaHa(), 2) + " ha");
        row(b, "mean / max " + (c.changeIndex().isEmpty() ? "burn index" : c.changeIndex()),
                Double.isNaN(f.meanBurn()) ? "–" : fmt(f.meanBurn(), 3) + " / " + fmt(f.maxBurn(), 3));
        row(b, "mean evidence", fmt(f.meanEvidence(), 2));
        row(b, "darkness", fmt(f.darkness(), 2));
        row(b, "elongation", Double.isNaN(f.elongation()) ? "–" : fmt(f.elongation(), 1) + ":1");
        row(b, "angle to road", Double.isNaN(f.roadAngleDeg()) ? "–" : fmt(f.roadAngleDeg(), 0) + "°");
        row(b, "distance to road", Double.isNaN(f.distanceM()) ? "–" : fmt(f.distanceM(), 0) + " m");
        b.append("</table><ul class=\"reasons\">");
        for (String r : c.reasons()) {
            b.append("<li>").append(Html.escape(r)).append("</li>");
        }
        b.append("</ul><div class=\"triage-only triage\">")
                .append("<button type=\"button\" data-decision=\"confirm\">Confirm (c)</button>")
                .append("<button type=\"button\" data-decision=\"reject\">Reject (r)</button>")
                .append("<button type=\"button\" data-decision=\"unsure\">Unsure (u)</button>")
                .append("<textarea class=\"note\" maxlength=\"2000\" rows=\"2\" placeholder=\"note (optional)\"></textarea>")
                .append("<p class=\"last\"></p></div></div></div></article>\n");
    }

    private static void chip(StringBuilder b, String src, String caption) {
        b.append("<figure><img loading=\"lazy\" width=\"256\" height=\"256\" src=\"").append(Html.escape(src))
                .append("\" alt=\"").append(Html.escape(caption)).append("\"><figcaption>").append(Html.escape(caption))
                .append("</figcaption></figure>");
    }

    private static void row(StringBuilder b, String k, String v) {
        b.append("<tr><th>").append(Html.escape(k)).append("</th><td>").append(Html.escape(v)).append("</td></tr>");
    }

    /** {@code v} with {@code decimals} decimals; "–" for NaN; never "-0" (a value that rounds to zero has no sign). */
    static String fmt(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "–";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.startsWith("-") && s.substring(1).matches("[0.]+") ? s.substring(1) : s;
    }

    private static String fileName(String path) {
        return path == null ? "" : Path.of(path).getFileName().toString();
    }

    private static final String CSS = """
            body{font:14px/1.4 system-ui,sans-serif;margin:0;background:#faf9f6;color:#222}
            header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;padding:6px 14px;z-index:2}
            h1{font-size:18px;margin:2px 0}.run{margin:2px 0;color:#555}.bar{display:flex;gap:12px;flex-wrap:wrap;align-items:center}
            .keys{color:#777}#message{color:#a00}#mode{color:#777;font-style:italic}
            .map{padding:8px 14px}.overview{border:1px solid #bbb;max-width:100%;height:auto}
            .tile{fill:#dfe7d5;stroke:#9ab;stroke-width:.5}.tile.masked,.tile.no_data{fill:#ddd}.tile.failed{fill:#f3c}
            .corridor{fill:none;stroke:#555;stroke-width:2}.road-osm{stroke:#1f5fbf}.road-imagery{stroke:#2a9d3a}.road-configured{stroke-dasharray:5 3}.line{display:inline-block;width:18px;border-top:3px solid #555}.line.road-osm{border-color:#1f5fbf}.line.road-imagery{border-color:#2a9d3a}.line.road-configured{border-top-style:dashed}.site{stroke:#000;stroke-width:.7}
            .site.flagged{fill:#d22}.site.other{fill:#fb3}.site.known{fill:#36c}.site.suppressed{fill:#aaa}
            .dot.flagged{background:#d22}.dot.other{background:#fb3}.dot.known{background:#36c}.dot.suppressed{background:#aaa}
            .dot{display:inline-block;width:10px;height:10px;border-radius:5px;border:1px solid #000}
            .legend{color:#555;font-size:12px}
            .graticule line{stroke:#c9c2b2;stroke-width:.6}.graticule text{font-size:10px;fill:#6b6455}
            .label{font-size:11px;fill:#222;paint-order:stroke;stroke:#f4f1ea;stroke-width:3px}.site-label{font-weight:bold}
            .scale path{fill:none;stroke:#222;stroke-width:1.5}.scale text{font-size:11px;fill:#222}.scale-bg{fill:#f4f1ea;opacity:.85}
            main{padding:0 14px 40px}.card{background:#fff;border:1px solid #ccc;border-radius:6px;margin:10px 0;padding:8px 12px}
            .card{scroll-margin-top:calc(var(--header-height,120px) + 8px)}.card.current{outline:3px solid #36c}.card.suppressed{opacity:.75}
            .card h2{font-size:16px;margin:2px 0}.rank{color:#888}.score{color:#444;font-weight:normal}
            .tag{font-size:12px;border-radius:3px;padding:1px 5px;background:#eee}.tag.flag{background:#fdd}
            .tag.decision.confirm{background:#cfc}.tag.decision.reject{background:#fcc}.tag.decision.unsure{background:#ffc}
            .place{margin:2px 0;font-weight:600}.ids{margin:2px 0;color:#666;font-size:12px}.note-mark{color:#36c;margin:2px 0}
            .body{display:flex;flex-wrap:wrap;gap:12px}.chips{display:flex;flex-wrap:wrap;gap:6px}
            figure{margin:0}figure img{display:block;width:192px;height:192px;image-rendering:auto;background:#333}
            figcaption{font-size:11px;color:#555}.facts table{border-collapse:collapse;font-size:12px}
            .facts th{text-align:left;font-weight:normal;color:#666;padding-right:8px}.reasons{margin:6px 0;padding-left:18px}
            .triage-only{display:none}body.served .triage-only{display:inline}body.served div.triage-only{display:block}
            body.served #mode{display:none}.triage textarea{display:block;width:320px;margin-top:4px}.last{font-size:12px;color:#555}
            .hidden{display:none}
            """;

    /** Triage script: no innerHTML anywhere; data reaches the page through textContent only. */
    private static final String JS = """
            (function(){
            'use strict';
            var cards=Array.prototype.slice.call(document.querySelectorAll('article.card'));
            var cur=-1, csrf=null, decisions={};
            var $=function(id){return document.getElementById(id);};
            function visible(){return cards.filter(function(c){return !c.classList.contains('hidden');});}
            function headerHeight(){
              var h=document.querySelector('header');
              document.documentElement.style.setProperty('--header-height',(h?h.offsetHeight:0)+'px');
            }
            function select(card,quiet){
              cards.forEach(function(c){c.classList.remove('current');});
              if(!card){cur=-1;return;}
              card.classList.add('current'); cur=cards.indexOf(card);
              if(!quiet){headerHeight();card.scrollIntoView({block:'nearest'});}
            }
            function move(step){
              var v=visible(); if(!v.length){return;}
              var i=v.indexOf(cards[cur]);
              i=i<0?(step>0?0:v.length-1):Math.max(0,Math.min(v.length-1,i+step));
              select(v[i]);
            }
            function applyFilters(){
              var corr=$('f-corridor').value, st=$('f-status').value;
              cards.forEach(function(c){
                var ok=(!corr||c.dataset.corridor===corr)&&(!st||(st==='flagged'?c.dataset.flagged==='true':c.dataset.status===st));
                c.classList.toggle('hidden',!ok);
              });
              if(cur>=0&&cards[cur].classList.contains('hidden')){select(null);}
            }
            function show(card){
              var d=decisions[card.dataset.id], tag=card.querySelector('.tag.decision'), last=card.querySelector('.last');
              card.dataset.status=d?d.decision:'open';
              tag.className='tag decision'+(d?' '+d.decision:''); tag.hidden=!d; tag.textContent=d?d.decision:'';
              if(last){last.textContent=d?(d.decision+' by '+d.reviewer+' at '+d.decided_at+(d.note?': '+d.note:'')):'';}
              var note=card.querySelector('.note'); if(note&&d&&document.activeElement!==note){note.value=d.note||'';}
            }
            function progress(){
              var n=cards.filter(function(c){return decisions[c.dataset.id];}).length;
              $('progress').textContent=n+' of '+cards.length+' reviewed';
            }
            function message(t){$('message').textContent=t;}
            function decide(card,decision){
              if(!csrf||!card){return;}
              var reviewer=$('reviewer').value.trim();
              if(!reviewer){message('enter your name first');$('reviewer').focus();return;}
              try{localStorage.setItem('cw-reviewer',reviewer);}catch(e){}
              var note=card.querySelector('.note').value;
              fetch('api/decisions',{method:'POST',credentials:'same-origin',
                headers:{'Content-Type':'application/json','X-CorridorWatch-CSRF':csrf},
                body:JSON.stringify({site_id:card.dataset.id,decision:decision,note:note,reviewer:reviewer})})
              .then(function(r){return r.json().then(function(j){return {ok:r.ok,j:j};});})
              .then(function(res){
                if(!res.ok){message(res.j.error||'not saved');return;}
                decisions[card.dataset.id]=res.j; show(card); progress(); message('');
                applyFilters(); if(card===cards[cur]){move(1);}
              }).catch(function(e){message('not saved: '+e);});
            }
            document.addEventListener('keydown',function(e){
              var t=e.target.tagName; if(t==='INPUT'||t==='TEXTAREA'||t==='SELECT'||e.ctrlKey||e.metaKey||e.altKey){return;}
              var k=e.key;
              if(k==='j'){move(1);}else if(k==='k'){move(-1);}
              else if(csrf&&(k==='c'||k==='r'||k==='u')){decide(cards[cur],{c:'confirm',r:'reject',u:'unsure'}[k]);}
              else{return;}
              e.preventDefault();
            });
            cards.forEach(function(c){
              c.addEventListener('click',function(e){if(e.target.tagName!=='TEXTAREA'){select(c);}});
              c.querySelectorAll('button[data-decision]').forEach(function(b){
                b.addEventListener('click',function(e){e.stopPropagation();select(c);decide(c,b.dataset.decision);});
              });
            });
            $('f-corridor').addEventListener('change',applyFilters);
            $('f-status').addEventListener('change',applyFilters);
            if(location.protocol==='http:'||location.protocol==='https:'){
              fetch('api/session',{credentials:'same-origin'}).then(function(r){if(!r.ok){throw new Error(r.status);}return r.json();})
              .then(function(s){
                csrf=s.csrf; decisions=s.decisions||{};
                document.body.classList.add('served');
                try{$('reviewer').value=localStorage.getItem('cw-reviewer')||'';}catch(e){}
                cards.forEach(show); progress(); applyFilters();
                document.body.dataset.ready='true';
              }).catch(function(){document.body.dataset.ready='static';});
            }else{document.body.dataset.ready='static';}
            headerHeight(); window.addEventListener('resize',headerHeight);
            // the first card is selected on load without scrolling: the page opens at its top, map first
            if(cards.length){select(cards[0],true);}
            })();
            """;
}
