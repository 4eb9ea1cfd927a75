package org.socialworkr;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SocialWorkrApplication {

    public static void main(String[] args) {
        SpringApplication.run(SocialWorkrApplication.class, args);
    }
}
