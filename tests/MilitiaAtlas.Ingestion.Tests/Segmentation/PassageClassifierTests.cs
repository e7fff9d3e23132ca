using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Segmentation;

namespace MilitiaAtlas.Ingestion.Tests.Segmentation;

public sealed class PassageClassifierTests
{
    private static List<PassageKind> Kinds(string text, ArticleMetadata? meta = null) =>
        PassageClassifier.Classify(text, ParagraphSplitter.Split(text, ArticleFormat.PlainText), meta ?? ArticleMetadata.Empty)
            .Select(p => p.Kind).ToList();

    private const string Body = "The Eastern Front said its fighters had crossed the river near the town on Friday, officials said.";

    [Theory]
    [InlineData("Photographer: Sam Lee/AFP/Getty Images")]
    [InlineData("Photo by Ana Ruiz: a checkpoint outside the city")]
    [InlineData("Fighters gather at dawn. (Ali Khan/Reuters)")]
    [InlineData("Commander Ruiz, left, greets Colonel Haddad, center, in Goma on Friday.")]
    public void Photo_credits_and_captions_are_captions(string caption)
    {
        Assert.Equal([PassageKind.Heading, PassageKind.Caption, PassageKind.Body], Kinds($"Title here\n\n{caption}\n\n{Body}"));
    }

    [Theory]
    [InlineData("By Maria Lopez")]
    [InlineData("By Maria Lopez and John Smith")]
    [InlineData("March 3, 2019")]
    [InlineData("Updated: 14 July 2021")]
    public void Bylines_and_datelines_are_bylines(string line)
    {
        Assert.Equal([PassageKind.Heading, PassageKind.Byline, PassageKind.Body], Kinds($"Title here\n\n{line}\n\n{Body}"));
    }

    [Theory]
    [InlineData("This column does not necessarily reflect the opinion of the editorial board.")]
    [InlineData("To contact the reporter on this story: someone at example")]
    [InlineData("(Reporting by Laura Benton; Additional reporting by Omar Haddad in Kessa; Editing by Samir Qadir)")]
    [InlineData("Notice: All comments are subject to moderation.")]
    [InlineData("Copyright 2021 Example News. All rights reserved.")]
    [InlineData("Sign up for our newsletter to get the news first.")]
    [InlineData("More from the Kessa Ledger: sign up for our weekly briefing.")]
    [InlineData("Reporting by Laura Benton in Kessa and Omar Haddad in Tamaro. Live page edited by Samir Qadir.")]
    [InlineData("*This interview has been edited for length. Omar Haddad edits The Ledger.*")]
    [InlineData("Done in English and Arabic, both texts being equally authentic.")]
    [InlineData("(c) Kessa Wire 1998. All rights reserved.")]
    [InlineData("To contact the Readers' Editor, write to the address below.")]
    [InlineData("Printed and published by the Tamaro Press for the Ministry.")]
    [InlineData("Press service of the Kessa Veterans' Union. Republication is permitted with a link.")]
    [InlineData("The incident data are published under CC BY 4.0 by the monitor.")]
    [InlineData("Please read our guidelines for commenting before you post.")]
    [InlineData("We welcome civil and respectful discussion below.")]
    [InlineData("Comments powered by Kessa Talk.")]
    [InlineData("Send us your tips on our tip line or by post.")]
    [InlineData("The Kessa Monitor is a signatory of the International Fact-Checking Network.")]
    [InlineData("About us · Privacy policy · Terms")]
    public void A_footer_makes_the_rest_of_the_page_boilerplate(string footer)
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{footer}\n\nMore text that follows the footer, which is page furniture now.");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Boilerplate], kinds);
    }

    [Fact]
    public void A_related_stories_list_late_in_the_page_is_boilerplate()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\nMore Stories\n\nAnother headline entirely\nMay 18, 2022");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Boilerplate], kinds);
    }

    [Fact]
    public void A_picture_header_starts_a_comment_thread()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\nreader42's picture\n\nThis is all lies.\n\nanother_one's picture\n\nNo it is not.");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Comment, PassageKind.Comment, PassageKind.Comment, PassageKind.Comment], kinds);
    }

    [Fact]
    public void A_says_header_after_a_comments_heading_is_a_comment()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\nLeave a Reply\n\nabu_x says:\nMarch 4, 2019 at 10:12 am\n\nPropaganda.");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Comment, PassageKind.Comment], kinds);
    }

    [Fact]
    public void A_short_unpunctuated_line_inside_the_article_is_a_heading()
    {
        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Heading, PassageKind.Body], Kinds($"Title here\n\n{Body}\n\nMilitia Men\n\n{Body}"));
    }

    [Fact]
    public void The_author_line_at_the_end_is_a_byline_when_the_author_is_known()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\nAmina Yusuf, Senior Correspondent", new ArticleMetadata(Author: "Amina Yusuf"));

        Assert.Equal(PassageKind.Byline, kinds[^1]);
    }

    // ---- structured documents: releases, notices, transcripts (issue 17) ----

    private const string Release = "The Tamaro Council today listed two commanders of Jabhat Wadi for attacks on aid convoys near Kessa.";

    /// <summary>Three body paragraphs, then the closing text: the closing sits late in the page, as it does in a release.</summary>
    private static List<PassageKind> Closing(string closing, string after) =>
        Kinds($"Title here\n\n{Release}\n\n{Body}\n\n{Release}\n\n{closing}\n\n{after}");

    [Theory]
    [InlineData("Sanctions Implications")]
    [InlineData("sANCTIONS IMPLICATIONS")]
    [InlineData("Media Contact")]
    [InlineData("About the Institute")]
    [InlineData("About Tamaro Watch")]
    [InlineData("Further information")]
    [InlineData("4. Enquiries")]
    [InlineData("3. What you must do")]
    [InlineData("Laura Benton covers the north for The Kessa Ledger. Her last piece was about the river towns.")]
    [InlineData("Dr. Laura Benton is a senior fellow at the Tamaro Institute and writes on the river wars.")]
    [InlineData("Omar Haddad is a freelance reporter for The Kessa Ledger.")]
    [InlineData("The Kessa Ledger is a weekly newspaper based in Tamaro.")]
    [InlineData("Kessa Quarterly is published by Tamaro Press Holdings, 4 River Road.")]
    [InlineData("Transcripts are produced by the station's transcription service and may contain errors.")]
    [InlineData("Tamaro Rights Watch is an independent, non-profit organisation. This report was edited by Ana Ruiz.")]
    [InlineData("4. How to submit a tip")]
    [InlineData("Acknowledgements")]
    [InlineData("References[edit]")]
    [InlineData("Disclaimer: This advice is general in nature. We cannot guarantee that it is complete.")]
    [InlineData("That's all for this week. The digest returns next Friday.")]
    [InlineData("You are receiving this email because you subscribed to the Kessa Digest. Unsubscribe | Update preferences")]
    [InlineData("Comments are closed on this article.")]
    [InlineData("These remarks are published for information. Reporting restrictions may apply.")]
    [InlineData("This article appears in the print edition of 24 January 2000 under the headline \"The Lion in the Lobby\".")]
    [InlineData("Piet Ruvo is The Kessa Review's correspondent in the Balkans. His book on the war was published last year.")]
    public void A_closing_legal_or_contact_section_is_boilerplate_to_the_end(string heading)
    {
        var kinds = Closing(heading, "As a result of this listing, all property of the persons listed that is held by banks in Tamaro is blocked.");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Body, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Boilerplate], kinds);
    }

    [Theory]
    [InlineData("###")]
    [InlineData("# # #")]
    [InlineData("-30-")]
    public void An_end_mark_is_boilerplate_and_so_is_what_follows(string mark)
    {
        var kinds = Kinds($"Title here\n\n{Release}\n\n{mark}\n\nREPORTS\n\nChart of the listing");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Boilerplate, PassageKind.Boilerplate], kinds);
    }

    [Theory]
    [InlineData("For more information on today’s listing, click here.")]
    [InlineData("For identifying information regarding today’s action, please see the council’s notice.")]
    [InlineData("For a complete list of the persons listed today, please visit: https://example.org/list")]
    [InlineData("View identifying information on the individuals listed today.")]
    [InlineData("More information about this reward offer is located on the council website at www.example.org. Tips may be sent by text.")]
    public void A_pointer_to_more_material_closes_the_document(string line)
    {
        var kinds = Closing(line, "Since its start in 1990, the reward program has paid more than $9 million to informants in the Tamaro Region.");

        Assert.Equal([PassageKind.Boilerplate, PassageKind.Boilerplate], kinds[^2..]);
        Assert.Equal(PassageKind.Body, kinds[3]);
    }

    [Fact]
    public void The_legal_notice_formula_of_a_listing_closes_the_document()
    {
        var kinds = Closing("Today’s designation notifies the public that Laura K. Benton is a leader of Jabhat Wadi.", "Listings expose and isolate groups.");

        Assert.Equal([PassageKind.Boilerplate, PassageKind.Boilerplate], kinds[^2..]);
    }

    [Fact]
    public void A_pointer_early_in_the_page_leaves_the_article_body()
    {
        var kinds = Kinds($"Title here\n\nFor more information on the front lines, see the map below.\n\n{Body}\n\n{Release}\n\n{Body}\n\n{Release}");

        Assert.All(kinds[2..], k => Assert.Equal(PassageKind.Body, k));
    }

    [Fact]
    public void A_body_paragraph_about_contacts_is_not_a_contact_section()
    {
        var kinds = Closing("Contact between the two fronts stopped in 2019, officials in Kessa said.", Body);

        Assert.Equal([PassageKind.Body, PassageKind.Body], kinds[^2..]);
    }

    [Theory]
    [InlineData("(Archived Content)")]
    [InlineData("This page has been archived and is no longer updated.")]
    [InlineData("To view or print the PDF content on this page, download the free reader.")]
    public void An_archive_banner_is_boilerplate_and_the_body_after_it_stays_body(string banner)
    {
        Assert.Equal([PassageKind.Heading, PassageKind.Boilerplate, PassageKind.Body], Kinds($"Title here\n\n{banner}\n\n{Release}"));
    }

    [Fact]
    public void A_release_header_is_boilerplate()
    {
        Assert.Equal([PassageKind.Heading, PassageKind.Boilerplate, PassageKind.Body], Kinds($"Title here\n\nMarch 02, 2016\nRelease # 20160302-01\nFOR IMMEDIATE RELEASE\n\n{Release}"));
    }

    [Theory]
    [InlineData("2:15 P.M. EST")]
    [InlineData("11:02 a.m. EDT")]
    [InlineData("(Applause.)")]
    [InlineData("(Laughter)")]
    [InlineData("(Inaudible.)")]
    public void A_transcript_stage_note_is_boilerplate(string note)
    {
        var kinds = Kinds($"Title here\n\n{note}\n\nTHE ENVOY:  Good afternoon. The talks in Kessa went well.\n\n{note}\n\nQUESTION:  Will the Zayudi Front sign?");

        Assert.Equal([PassageKind.Heading, PassageKind.Boilerplate, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Body], kinds);
    }

    [Fact]
    public void A_tags_line_is_boilerplate_and_a_thoughts_on_heading_opens_comments_whose_header_and_text_share_a_paragraph()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\nFiled under: Tamaro, Kessa, rebels\n\n2 thoughts on \u201cThe river war\u201d\n\nabu_x says:\nMarch 4, 2019 at 10:12 am\nPropaganda, all of it.\n\nlina_k says:\nMarch 5, 2019 at 8:02 am\nNo, it is true.");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Boilerplate, PassageKind.Comment, PassageKind.Comment], kinds);
    }

    [Fact]
    public void A_body_paragraph_that_says_who_covers_what_is_still_body()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\nThe Eastern Front covers the river crossings for the army, officials said.\n\n{Body}");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Body, PassageKind.Body], kinds);
    }

    [Theory]
    [InlineData("[Whereupon, at 3:05 p.m., the committee recessed.]")]
    [InlineData("[End of transcript]")]
    [InlineData("-ENDS-")]
    [InlineData("See also\n• The Zayudi Front\n• The river war")]
    [InlineData("__________________\n1 Interviews with former fighters, Kessa, March 2021.")]
    [InlineData("*Related:* [The river war, explained](https://example.org/a) · [Who are the Zayudis?](https://example.org/b)")]
    [InlineData("* *** *")]
    [InlineData("For information media. Not an official record.")]
    [InlineData("This transcript was produced from a recording and may contain errors. Producer: Ana Ruiz.")]
    [InlineData("*This story was supported by a grant from the Kessa Reporting Fund.*")]
    [InlineData("Sources used for this timeline: Tamaro Council archives; interviews in Kessa, 2019.")]
    [InlineData("**More in this series:** [Gold and guns](#) · [The river war](#)")]
    [InlineData("[Witnesses withdrew]")]
    [InlineData("Translated from Spanish by the volunteer team of the Kessa Bulletin. Reproduction is permitted with credit.")]
    [InlineData("Parliamentary copyright 2025. This information is licensed under the Open Licence.")]
    [InlineData("SCRIPT NOTES: Archive footage courtesy of the army. Graphics: Ana Ruiz.")]
    [InlineData("The reviewer is a former Kessa correspondent. His own book is published by Calder.")]
    [InlineData("Post your reply")]
    [InlineData("Compiled and distributed by the Kessa Monitor. Material is for the use of subscribers only.")]
    [InlineData("Have you seen a claim you want us to check? Send it to our WhatsApp tipline.")]
    [InlineData("Committee adjourned at 4.12 pm\nUncorrected proof: not yet approved by the Committee.")]
    [InlineData("Notes to Chapter II\n¹ Interviews in Kessa, 2021.\n² Council records, 2019.")]
    [InlineData("Dated this 3rd day of May 2011\nKessa City")]
    [InlineData("Support the show\nWe are listener-funded. Credits: produced by Ana Ruiz.")]
    [InlineData("Issued by the Press Office of the Tamaro Council. Translation: Ana Ruiz.")]
    [InlineData("A version of this obituary appears in print on May 4, 2016, on page A21 of the national edition.")]
    [InlineData("Certified true copy. Office of the Mediator, Kessa City. Distribution: the Parties.")]
    [InlineData("Minutes taken by: Ms. Ana Ruiz, Secretariat\nApproved by: Mr. Tomas Berg, Chair")]
    [InlineData("Drafted: EUR/KES:ARuiz, 3/4/88\nCleared: EUR:TBerg")]
    [InlineData("CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended only for the addressee.")]
    [InlineData("Follow the Letters page on social media. The Kessa Observer welcomes letters of up to 300 words.")]
    [InlineData("Audio guide produced with the support of the Kessa Heritage Fund. Curators: Ana Ruiz and Tomas Berg.")]
    [InlineData("Suggested citation: Kessa Data Team (2021). Armed Actors Codebook v3.2. Contact: the team.")]
    [InlineData("CONDITIONS GOVERNING ACCESS\nOpen for research, except Box 7. Reproduction subject to copyright law.")]
    [InlineData("Distribution: G Ops, G Int, file. Originator: Maj A. Ruiz, G Ops. SECRET.")]
    [InlineData("Slide 11 - Further reading and image credits\nReading pack on the course site.")]
    [InlineData("[Part two of the recording ends here.]")]
    [InlineData("## How to cite\nRuiz, A. (2019). Tamaro incidents, release 3.")]
    [InlineData("## Licence\nData: CC BY 4.0. Code: MIT.")]
    [InlineData("## Maintainer\nAna Ruiz keeps the data.")]
    [InlineData("# End of items")]
    [InlineData("STAFF OF THE DELEGATION\nAna Ruiz, clerk")]
    [InlineData("This article was amended on 3 May 2019 to correct a date.")]
    [InlineData("More weekend reads: Salt roads | The ferry | Tamaro at night")]
    [InlineData("About the author: Ana Ruiz teaches history at Kessa University.")]
    [InlineData("====================\n4. WHAT WE'RE WATCHING\n- Ana Ruiz, \"Salt roads\", Kessa Review")]
    [InlineData("You are getting Tamaro Brief because you subscribed on our site.")]
    [InlineData("Translator's note: The text was rendered from the signed original for the Kessa Library.")]
    [InlineData("CLASSIFIED ADVERTISEMENTS\nFOR SALE - bicycle, call 555-0199.")]
    [InlineData("Seminar organised with the support of the Kessa Foundation. Papers on request.")]
    [InlineData("TICKETS & ACCESS\nFull price 11, concessions 8.")]
    [InlineData("## PRACTICAL INFORMATION\n- Venue: Kessa Hall.")]
    [InlineData("HOW TO WRITE TO US\nLetters should be no longer than 300 words.")]
    [InlineData("PRODUCTION CREDITS\nScript: the education team.")]
    [InlineData("[00:41:50]\nEND OF EXCERPT")]
    [InlineData("[END OF STOPS 4-8. Return to the map for Room 2.]")]
    [InlineData("Last updated: 3 May 2007 · Legal notice · Privacy policy")]
    public void A_transcript_end_a_footnote_rule_or_a_link_list_closes_the_page(string closing)
    {
        var kinds = Closing(closing, "This is an official publication of the Tamaro Council. Materials may be reproduced.");

        Assert.Equal([PassageKind.Boilerplate, PassageKind.Boilerplate], kinds[^2..]);
        Assert.Equal(PassageKind.Body, kinds[3]);
    }

    [Fact]
    public void A_wire_slug_header_is_furniture()
    {
        var kinds = Kinds($"KESSA NEWS WIRE\nBC-TAMARO-REBELS 3RD LD-WRITETHRU (PICTURE)\n1992-02-26 17:42 GMT\n\n{Body}");

        Assert.Equal([PassageKind.Boilerplate, PassageKind.Body], kinds);
    }

    [Fact]
    public void A_jump_line_is_furniture_and_the_story_after_it_is_still_body()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n(Continued on Page 9, Col. 2)\n\n{Body}");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Body], kinds);
    }

    [Fact]
    public void The_annex_after_a_legal_acts_closing_is_its_content()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\nDone at Kessa, 13 March 2016.\n\nFor the Council\nThe President\n\nANNEX\n\n1. RUVIĆ, Tomas. Date of birth: 19.6.1961. Other information: commander of the Kessa Corps.");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Boilerplate, PassageKind.Heading, PassageKind.Body], kinds);
    }

    [Fact]
    public void A_digest_items_source_line_is_furniture_and_the_next_item_is_still_body()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\nSource: Radio Kessa, Tamaro City, in French 1900 gmt 23 Dec 17\n\n{Body}\n\nSource: Kessa Weekly, Tamaro City, in French 22 Dec 17");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Body, PassageKind.Boilerplate], kinds);
    }

    [Fact]
    public void A_writer_described_early_in_the_page_is_still_body()
    {
        var kinds = Kinds($"Title here\n\nLaura Benton is a reporter at The Kessa Ledger who crossed the river in May.\n\n{Body}\n\n{Body}\n\n{Body}\n\n{Body}\n\n{Body}");

        Assert.DoesNotContain(PassageKind.Boilerplate, kinds);
    }

    [Fact]
    public void A_symbol_line_early_in_the_page_is_a_section_break_and_the_body_goes_on()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n* * *\n\n{Body}\n\n{Body}\n\n{Body}\n\n{Body}\n\n{Body}");

        Assert.DoesNotContain(PassageKind.Boilerplate, kinds);
    }

    [Fact]
    public void A_sentence_about_sources_or_records_inside_the_story_is_body()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\nSources in Kessa said the minutes were not an official record of the talks.\n\n{Body}");

        Assert.DoesNotContain(PassageKind.Boilerplate, kinds);
    }

    [Fact]
    public void A_lettered_list_item_c_is_not_a_copyright_line()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n(b) the seizure of the embassy in Kessa;\n\n(c) the hijacking of a Tamaro airliner in 1977.\n\n{Body}");

        Assert.DoesNotContain(PassageKind.Boilerplate, kinds);
    }

    [Fact]
    public void A_bulleted_line_is_a_list_item_not_a_heading()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n• Eastern Front: founded 1930; mostly rural membership\n\n{Body}");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Body, PassageKind.Body], kinds);
    }

    [Fact]
    public void A_run_of_field_lines_and_a_line_of_several_fields_are_content_not_headings()
    {
        var kinds = Kinds($"Title here\nHost: Ana Ruiz | Guest: Omar Haddad, Kessa University\n{Body} The army denied it.\nZayudi Front\nAlso known as: ZF\nSplit from: Kessa Army\nAllies: Tamaro Brigades\n{Body}\nKessa: the frozen war\n{Body}");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Body, PassageKind.Heading, PassageKind.Body, PassageKind.Body, PassageKind.Body, PassageKind.Body, PassageKind.Heading, PassageKind.Body], kinds);
    }

    [Fact]
    public void A_chapter_line_that_opens_on_its_time_is_a_list_item()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n(00:02:40) From Wadelo to the hills\n\n{Body}");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Body, PassageKind.Body], kinds);
    }

    [Fact]
    public void Notes_to_editors_are_read_one_by_one_and_a_contact_line_still_ends_the_page()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\nNotes to editors\n\n1. The Kessa Front was founded in 1994 by Omar Tawil after a split in the Tamaro Left.\n\nMedia contact: Ana Ruiz, press officer\n\nFollow us on X");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Body, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Boilerplate], kinds);
    }

    [Fact]
    public void A_numbered_entry_with_a_comma_is_a_list_item_not_a_heading()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n1. TAWIL, Omar, chair of the Kessa Lawyers Association\n\n{Body}");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Body, PassageKind.Body], kinds);
    }

    [Theory]
    [InlineData("TAWIL, Omar, State Minister for Kessa Affairs")]
    [InlineData("McRUVO, Daniel")]
    [InlineData("ZAYUDI BENALI, Omar Ibrahim (Abu Tarvo), President, KLF")]
    public void A_person_filed_surname_first_in_capitals_is_an_entry_not_a_heading(string line)
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{line}\n\n{Body}");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Body, PassageKind.Body], kinds);
    }

    [Theory]
    [InlineData("KESSA, TAMARO SIGN PEACE DEAL")]
    [InlineData("THE QUEEN")]
    [InlineData("Persons consulted")]
    public void A_shouted_or_plain_short_line_stays_a_heading(string line)
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{line}\n\n{Body}");

        Assert.Equal(PassageKind.Heading, kinds[2]);
    }

    [Theory]
    [InlineData("Notes")]
    [InlineData("Endnotes")]
    [InlineData("NOTES")]
    public void Under_a_notes_heading_an_explanation_is_content_and_a_citation_is_furniture(string heading)
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\n{heading}\n\n(1) The Kessa National Army was the armed wing of the Kessa Front, which Omar Tawil founded in 1961.\n\n[2] Interview with a relative of one of the victims, Wadelo, April 2024.\n\n[3] Kessa Ledger, \"Front rejects the accord\", 3 December 2020.\n\nCite this item: Kessa Letters Project, item 217.");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Body, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Boilerplate, PassageKind.Boilerplate], kinds);
    }

    [Fact]
    public void A_rule_line_before_a_writers_note_near_the_end_starts_the_tail()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\n---\n\nAna Ruiz is a staff writer at Kessa Review.\n\nA correction was made to this article.\n\nShare this\n\nSubscribe now");

        Assert.Equal(PassageKind.Body, kinds[3]);
        Assert.All(kinds[4..], k => Assert.Equal(PassageKind.Boilerplate, k));
    }

    [Fact]
    public void Under_notes_and_sources_a_note_pointing_to_its_source_is_furniture()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\nNotes and sources\n\n¹ Witnesses recall the meeting differently; see the council minutes.\n\n² On the ferry strike, see Ana Ruiz, Salt Roads (2004).\n\n³ Kessa Monitors and wire reports, 1988-1989.\n\n⁴ Ana Ruiz, Salt Roads, vol. 3.\n\n⁵ The Kessa Front was the armed wing of the party, which Omar Tawil founded in 1961.");

        Assert.Equal([PassageKind.Boilerplate, PassageKind.Boilerplate, PassageKind.Boilerplate, PassageKind.Boilerplate, PassageKind.Boilerplate, PassageKind.Body], kinds[4..]);
    }

    [Theory]
    [InlineData("SOURCES")]
    [InlineData("Sources and further reading")]
    [InlineData("This document has not been proofread and may contain errors.")]
    public void A_sources_heading_or_an_unedited_text_notice_ends_the_page(string line)
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\n{line}\n\nKessa Review, 3-9 June 1986; Tamaro Ledger, vol. 4.");

        Assert.Equal([PassageKind.Boilerplate, PassageKind.Boilerplate], kinds[4..]);
    }

    [Theory]
    [InlineData("TOURS AND BOOKINGS\n\nTours leave the quay every second Sunday, weather allowing.\n\nAlso on offer: The Old Harbour · The River Gates · The Mill Road\n\nKessa Walks is run by volunteers.")]
    [InlineData("HOW TO BUY COPIES\n\nSchools may write to the Tamaro office for copies.\n\n| Edition | Price |\n|---|---|\n| Paperback | 4.20 |")]
    [InlineData("CITING THIS ENTRY\n\nVeltur Archive, KR-1961-044, Riverside parade (1961).\n\nVeltur Archive · Privacy · Terms · © 2024")]
    [InlineData("SUBSCRIPTION NOTES\nThis digest is for the named licence holder only.\nAlso in the series: river cases · harbour cases\nTamaro Law Press · Help desk · Terms of use")]
    [InlineData("GROUP BOOKINGS\n\nCall the desk on (555) 010-4477 for group rates and school visits.")]
    [InlineData("TICKETS AND ENQUIRIES\n\nTours run daily through 2025, weather allowing.\n\n© 2025 Kessa Walks · Privacy")]
    public void A_late_service_section_running_to_the_end_is_boilerplate(string section)
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\n{section}");

        Assert.Equal(PassageKind.Body, kinds[3]);
        Assert.All(kinds[4..], k => Assert.Equal(PassageKind.Boilerplate, k));
    }

    [Theory]
    // A story's own closing heading, however near the end: a speech verb in it, or no contact, price or link line and no footer after it.
    [InlineData("UPDATES FROM THE FRONT\n\nThe commander said the Kessa Front would hold the bridge until the spring.")]
    [InlineData("CONTACT WITH THE REBELS\n\nTalks with the Tamaro Brigade resumed in March at the river crossing.")]
    [InlineData("FAQ\n\nIs the army fighting the militias? Mostly not: it keeps the two sides apart.")]
    public void A_late_heading_over_story_text_stays_content(string section)
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\n{section}");

        Assert.Equal(PassageKind.Body, kinds[^1]);
    }

    [Theory]
    // A footer after it is not enough when the section dates what it tells, or its heading is a story's word.
    [InlineData("CONTACT WITH THE COAST\n\nBetween 2015 and 2018 the Kessa Front received arms from the coast.\n\n© 2024 Kessa Review · Privacy")]
    [InlineData("POWER-SHARING\n\nThe accord gives the Kessa Front two ministries.\n\n© 2024 Kessa Review · Privacy")]
    public void A_story_section_above_a_footer_stays_content(string section)
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\n{section}");

        Assert.Equal(PassageKind.Body, kinds[^2]);
    }

    [Theory]
    [InlineData("YOU MIGHT ALSO LIKE\n- Fish stew from the river towns\n- Rice cakes for the new year")]
    [InlineData("Also on this site: \"An open letter on the harbour\" | \"Ten years after the strike\"")]
    [InlineData("PORT AUTHORITY SERVICES - STANDARD NOTICE\nThis sheet is for guidance only.")]
    [InlineData("IMPORTANT NOTICE\n\nPrepared for the named client only.")]
    [InlineData("ATTACHMENTS\nA. Site map   B. Draft resolution")]
    [InlineData("This report is confidential, prepared solely for the named insurer.")]
    [InlineData("This message was generated by Kessa Review Manager on behalf of the journal.")]
    [InlineData("Share: Facebook | X | WhatsApp | Email")]
    [InlineData("Contact: letters@kessa-review.example")]
    [InlineData("Similar topics\n- Ferry lists of 1947: where are they kept?\n- Grandmother in the harbour brigade")]
    [InlineData("Who is online: 12 users browsing this board, including 11 guests")]
    [InlineData("CAUTIONARY NOTE ABOUT FORWARD-LOOKING STATEMENTS\nThese statements reflect the board's current views.")]
    [InlineData("RECORD DETAILS\nShelfmark: K/114 | Date: 3 March 1951 | Pages: 6")]
    [InlineData("THE HARBOUR LIGHT 2024 STAFF\nEditors-in-chief: Ana Ruiz and Omar Velt | Adviser: Mrs. Lena Marr")]
    [InlineData("UPDATES (3)\nUpdate 1: We reached our first goal.")]
    [InlineData("FOR OFFICE USE ONLY\nReceived: 02/03/2024 | Reviewer: A. Ruiz")]
    [InlineData("If you are unhappy with this decision, you may ask for a review by writing to the address below.")]
    [InlineData("Registered office: 4 Quay Street, Velt | Company no. 8812")]
    [InlineData("MORE EPISODES ABOUT THE COAST\nThe Velt lighthouse | A winter on the ferries")]
    [InlineData("Follow us: Mastodon | Bluesky")]
    [InlineData("Printed by the Velt Copy Shop for the ferrymen's union.")]
    [InlineData("Union hall: 3 Rope Walk, Brisk / tel 0161 496 0321 / hall@ferrymen.example")]
    [InlineData("ABOUT THE FESTIVAL\nThe Brisk Film Week has shown films from the coast since 2004.")]
    public void Web_and_document_furniture_late_in_the_page_ends_the_story(string closing)
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\n{closing}\n\nKessa Review, Tamaro.");

        Assert.Equal(PassageKind.Body, kinds[3]);
        Assert.All(kinds[4..], k => Assert.Equal(PassageKind.Boilerplate, k));
    }

    [Fact]
    public void A_comments_count_heading_with_the_first_comment_under_it_opens_the_comments()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\nCOMMENTS (2)\nLena from Tamaro: Made this last night.\n\nOmar from Velt: Lovely.");

        Assert.Equal(PassageKind.Body, kinds[3]);
        Assert.DoesNotContain(PassageKind.Body, kinds[4..]);
    }

    [Theory]
    [InlineData("Guestbook entries (12) · sign the guestbook\n\nMarta from Brisk, 4 May: We came back twice.")]
    [InlineData("Reader reviews (5) | average 4 of 5\n\nOmar, Velt: Too long, but worth it.")]
    [InlineData("SIMILAR ITEMS\nThe ferry songs of Velt / Ana Ruiz.")]
    [InlineData("THANK YOU\nThe Brisk Players are supported by the Kessa Arts Fund and by our friends.")]
    public void A_count_heading_of_a_guestbook_or_reviews_opens_what_readers_wrote(string tail)
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\n{tail}");

        Assert.Equal(PassageKind.Body, kinds[3]);
        Assert.DoesNotContain(PassageKind.Body, kinds[4..]);
    }

    [Fact]
    public void A_late_service_section_before_the_readers_reviews_is_furniture()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\nSHIPPING AND POSTAGE\n\nPosted within a week; £3.50 to any address in Kessa.\n\n"
            + "Reviews (2)\n\nAna, Brisk: The maps alone are worth it.\n\nSee also: Tide Tables of Velt · Ferry Songs");

        Assert.Equal(PassageKind.Body, kinds[3]);
        Assert.DoesNotContain(PassageKind.Body, kinds[4..]);
    }

    [Fact]
    public void About_a_thing_of_the_story_is_a_section_of_the_story_and_a_heading_that_invites_the_reader_is_not()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\n## About the ferrymen\n\n"
            + "The ferrymen struck in 1931. \"We lost the boats and kept the union,\" one of them told the paper.\n\n"
            + "ROW WITH US\nNovices: Sundays at nine.\nBoathouse: Pier 4, Brisk.\n\n(c) 2025 Brisk Rowing Club. Privacy | Terms");

        Assert.Equal(PassageKind.Body, kinds[5]);
        Assert.DoesNotContain(PassageKind.Body, kinds[6..]);
    }

    [Fact]
    public void A_notes_heading_on_the_first_line_of_a_record_opens_notes_read_one_by_one()
    {
        // A catalogue record: "NOTES" heads its note fields on the same paragraph; the notes after it are content.
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\n{Body}\n\nNOTES\nGeneral note:   Cover title.\n\n"
            + "Historical note:  The Velt Front was founded in 1931 by Ana Ruiz, who led it until 1940.\n\n"
            + "Provenance:     Bought at auction in 1994.");

        Assert.Equal(PassageKind.Boilerplate, kinds[4]);
        Assert.Equal(PassageKind.Body, kinds[5]);
    }

    [Theory]
    [InlineData("KESSA WALKS\nRiver walks for curious people\nTrips | Regions | Our guides | Prices | Contact")]
    [InlineData("BRISK ARCHIVE\nFind | Explore | Archives | Sign in\nArchive > Maps > Coast charts")]
    [InlineData("KESSA HOMES | Listings | Agents | Mortgages | About\nOrvano > Velt County > Brisk > 77 Mill Rd")]
    public void A_banner_with_a_menu_is_furniture(string banner)
    {
        var kinds = Kinds($"{banner}\n\n{Body}\n\n{Body}");

        Assert.Equal(PassageKind.Boilerplate, kinds[0]);
        Assert.Equal(PassageKind.Body, kinds[1]);
    }

    [Theory]
    [InlineData("5 days | Kessa - Velt - Brisk | Small groups | Walking: easy")]
    [InlineData("The rebels held Kessa | Velt | Brisk | Orvani for a year.")]
    public void A_line_of_facts_between_bars_is_no_menu(string line)
    {
        Assert.False(PassageClassifier.IsNavigation(line));
    }
}
