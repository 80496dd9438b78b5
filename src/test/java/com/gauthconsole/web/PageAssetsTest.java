package com.gauthconsole.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PageAssetsTest {

    private static final Pattern STYLESHEETS = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ServletContext servletContext;

    @Test
    void pagesAreNotPassedThroughTheFilterThatRewritesResourceLinks() {
        assertThat(servletContext.getFilterRegistrations().values())
                .extracting(FilterRegistration::getClassName)
                .isNotEmpty()
                .doesNotContain(ResourceUrlEncodingFilter.class.getName());
    }

    @Test
    void pagesLinkTheirStylesheetsWithoutVersionsAndEveryLinkServesTheFile() throws Exception {
        String page = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Matcher stylesheets = STYLESHEETS.matcher(page);
        int found = 0;
        while (stylesheets.find()) {
            found++;
            mvc.perform(get(stylesheets.group(1)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.valueOf("text/css")));
        }
        assertThat(page).contains("href=\"/webjars/bootstrap/css/bootstrap.min.css\"");
        assertThat(found).isGreaterThanOrEqualTo(2);
    }
}
